/// The people a document names in full ("NATO Secretary General Jens
/// Stoltenberg" gives Jens Stoltenberg with roles nato, secretary, general),
/// so that surnames, descriptions and pronouns can be linked to them.
public struct EntityIndex: Sendable {
    public enum Gender: Sendable {
        case female, male
        /// The gender a pronoun of this one rules out.
        var other: Gender { self == .male ? .female : .male }
    }

    public struct Person: Sendable {
        public let name: String
        let tokens: [String]
        /// The word that calls the person alone: the last, but in "John Lee Ka-chiu"
        /// and "Lee Jae-myung" the one before a hyphenated given name (Cantonese, Korean).
        let surname: String
        public internal(set) var roles: Set<String>
        public internal(set) var gender: Gender?
        /// Offsets where the full name or its surname occurs, ascending.
        public internal(set) var occurrences: [Int]
        var fullNameCount = 0
        /// Occurrences of a long name's first word that is no known first or family name
        /// ("Ivanti" of "into Ivanti Connect Secure appliances"): they find the name, but make it a
        /// person's only when the full name once stands other than after a lower-case function
        /// word ("The WHO's Tedros Adhanom Ghebreyesus spoke later … Tedros said").
        var bareFirstWordCount = 0
        var namedFreely = false
        /// Known to be a person, not a place or thing with a two-word name
        /// ("New Zealand", "Cold War"): a title or role word stands with the
        /// name, the first name is in a name list, the surname stands alone,
        /// an age follows the name, or a transcript labels a turn with it.
        public internal(set) var isConfirmed = false
        /// "Kerry Watson, 34,": only a person is given an age.
        var isAged = false
        /// "the Ministry of Commerce He Yadong": a capital "He" inside a sentence is only a family name.
        var hasPronounFamilyName = false
        /// "KARINE JEAN-PIERRE: Good afternoon": a transcript's speaker label names a person.
        var labelsTurn = false
        /// Named in full only in title-case lines, opened by no known first
        /// name: "Judge Rejects Trump's Bid" may have run a verb into a surname.
        var onlyInTitleCase = false

        /// The last occurrence before `offset` (binary search: a long
        /// document names a person hundreds of times).
        func lastOccurrence(before offset: Int) -> Int? {
            let count = occurrences.partitionIndex { $0 < offset }
            return count > 0 ? occurrences[count - 1] : nil
        }

        /// The first occurrence in `range`.
        func firstOccurrence(in range: Range<Int>) -> Int? {
            let index = occurrences.partitionIndex { $0 < range.lowerBound }
            return index < occurrences.count && occurrences[index] < range.upperBound ? occurrences[index] : nil
        }
    }

    public private(set) var persons: [Person] = []
    private var byKey: [String: Int] = [:]
    /// Every occurrence of every confirmed person, by offset: who is named
    /// first in a span is a binary search, not a pass over all persons.
    private var occurrenceOrder: [(offset: Int, person: Int)] = []
    /// Confirmed persons by their surname's spelling key (see `spellingKey`).
    private var bySpelling: [String: [Int]] = [:]
    /// Name particles (lexicon name_particles), for spelling keys.
    private var particles: Set<String> = []

    /// Scans article paragraphs for capitalized runs and keeps, from the end
    /// of each run, the two to four tokens that are no title, nationality or
    /// function word: the personal name.
    init(document: NormalizedDocument, lexicons: NameLexicons) {
        // One paragraph's tokens at a time: only the capitalized words are
        // kept for the surname pass (all tokens of a long document took
        // most of its memory).
        particles = lexicons.particles
        var capitalized: [CapitalizedWord] = []
        for paragraph in document.paragraphs where !paragraph.isBoilerplate {
            var tokens = NameTokenizer.tokens(in: document.text, range: paragraph.range)
            Self.markJoinedParticles(&tokens, lexicons: lexicons)
            addLabelName(tokens: tokens, lexicons: lexicons)
            let runs = Self.capitalizedRuns(tokens, lexicons: lexicons)
            let titleCase = Self.isTitleCase(tokens, lexicons: lexicons)
            for (number, run) in runs.enumerated() {
                add(run: run, tokens: tokens, titleCase: titleCase, lexicons: lexicons)
                if number + 1 < runs.count { addSharedSurname(run, runs[number + 1], tokens: tokens, lexicons: lexicons) }
            }
            // A word that opens a longer name ("House Speaker Paul Ryan",
            // "Clinton Foundation") is no mention of its own.
            for position in tokens.indices where tokens[position].isCapitalized
                && !(position + 1 < tokens.count && tokens[position + 1].isCapitalized && tokens[position + 1].gap == " ")
                && !Self.modifiesRole(at: position, tokens: tokens, lexicons: lexicons) {
                capitalized.append(CapitalizedWord(bare: tokens[position].bare, previous: position > 0 ? tokens[position - 1].bare : nil,
                                                   offset: tokens[position].range.lowerBound,
                                                   opensSentence: position == 0 || Self.endsSentence(tokens[position].gap),
                                                   isAged: Self.isAge(after: position + 1, tokens: tokens),
                                                   endsOtherName: Self.endsOtherName(at: position, tokens: tokens, lexicons: lexicons),
                                                   isDetermined: Self.isDetermined(at: position, tokens: tokens, lexicons: lexicons)))
            }
        }
        dropTitledSurnamesNamedInFull(lexicons)
        // Most documents have no title-case-only name: the words after a title are looked up only for one.
        if persons.contains(where: \.onlyInTitleCase) {
            dropTitleCaseRunOns(titled: Set(capitalized.compactMap { word in
                word.previous.map { lexicons.isTitle($0.lowercased()) } == true ? word.bare : nil
            }))
        }
        for index in persons.indices { persons[index].fullNameCount = persons[index].occurrences.count }
        recordSurnameOccurrences(capitalized, in: document.text, lexicons: lexicons)
        for index in persons.indices {
            let person = persons[index]
            // "Northwind Analytics, a leader in supply chain software,": a business, whatever its apposition says.
            if let last = person.tokens.last?.lowercased(), lexicons.businessNameEndings.contains(last), !lexicons.isFirstName(person.tokens[0].lowercased()) {
                continue
            }
            persons[index].isConfirmed = person.gender != nil || person.isAged || person.hasPronounFamilyName || person.labelsTurn
                || person.occurrences.count - (person.namedFreely ? 0 : person.bareFirstWordCount) > person.fullNameCount
                || person.roles.contains { lexicons.titles.contains($0) || lexicons.isPersonNoun($0) }
        }
        occurrenceOrder = persons.indices.filter { persons[$0].isConfirmed }
            .flatMap { index in persons[index].occurrences.map { (offset: $0, person: index) } }
            .sorted { $0.offset != $1.offset ? $0.offset < $1.offset : $0.person < $1.person }
        for index in persons.indices where persons[index].isConfirmed {
            bySpelling[Self.spellingKey(persons[index].surname, particles: particles), default: []].append(index)
        }
    }

    /// "MARGARET BRENNAN: Senator, …": a transcript's speaker label in
    /// capitals names a person, kept in title case ("BRENNAN:" is her later).
    private mutating func addLabelName(tokens: [NameToken], lexicons: NameLexicons) {
        var end = 0
        while end < min(tokens.count, 4), tokens[end].isAllCaps, end == 0 || tokens[end].gap == " " || tokens[end].gap == ". " { end += 1 }
        guard end < tokens.count, tokens[end].gap.hasPrefix(":") else { return }
        let words = tokens[..<end].filter { !lexicons.isTitle($0.bareLower) }
        guard (2...3).contains(words.count), words.allSatisfy({ $0.bare.count > 1 }) else { return }
        let titled = words.map { Self.titleCased($0.bare) }
        let name = titled.joined(separator: " ")
        register(name: name, tokens: titled, roles: [], at: words[0].range.lowerBound, lexicons: lexicons)
        if let index = byKey[name.lowercased()] { persons[index].labelsTurn = true }
    }

    /// "JEAN-PIERRE" as "Jean-Pierre", "O'BRIEN" as "O'Brien": a capital opens each part.
    static func titleCased(_ word: String) -> String {
        var result = "", opensPart = true
        for character in word {
            result += opensPart ? character.uppercased() : character.lowercased()
            opensPart = character == "-" || character == "'" || character == "’"
        }
        return result
    }

    /// "al-Sahaf", "el-Sisi": a name particle joined by a hyphen to a capital
    /// is a capitalized name word ("pro-Kremlin" is not: "pro" is no particle).
    static func markJoinedParticles(_ tokens: inout [NameToken], lexicons: NameLexicons) {
        // A capital inside makes the lower-cased form differ: most words are skipped by that alone.
        for index in tokens.indices where !tokens[index].isCapitalized && tokens[index].lower != tokens[index].text {
            let parts = tokens[index].text.split(separator: "-", maxSplits: 1)
            if parts.count == 2, lexicons.particles.contains(String(parts[0])), parts[1].first?.isUppercase == true {
                tokens[index].isCapitalized = true
            }
        }
    }

    /// Runs of capitalized tokens joined by one space, by a name particle, or
    /// by the dot of an initial or title.
    static func capitalizedRuns(_ tokens: [NameToken], lexicons: NameLexicons) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        // Fields read through the array: binding each token would copy its strings.
        for index in tokens.indices {
            let isCapitalized = tokens[index].isCapitalized
            if !isCapitalized && start == nil { continue }
            let joins = tokens[index].gap == " " || (tokens[index].gap == ". " && index > 0 && isAbbreviation(tokens[index - 1], lexicons))
            // A particle, or two ("von der Leyen"), before a capital.
            let particle = !isCapitalized && start != nil && lexicons.particles.contains(tokens[index].lower)
                && (tokens[(index + 1)...].prefix(2).first { !lexicons.particles.contains($0.lower) }?.isCapitalized ?? false)
            let afterPossessive = index > 0 && tokens[index - 1].isPossessive
            if isCapitalized || (particle && start != nil) {
                if start == nil || !joins || afterPossessive { if let begin = start { runs.append(begin..<index) }; start = index }
            } else if let begin = start {
                runs.append(begin..<index)
                start = nil
            }
        }
        if let begin = start { runs.append(begin..<tokens.count) }
        return runs
    }

    /// A lower-case role word stands right before the run: "spokeswoman" of "ministry spokeswoman He Yadong".
    private static func followsRoleWord(_ run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        guard run.lowerBound > 0, !tokens[run.lowerBound].gapHasPunctuation, case let before = tokens[run.lowerBound - 1],
              !before.isCapitalized else { return false }
        return isRoleWord(before.bareLower, lexicons)
    }

    private static func isAbbreviation(_ token: NameToken, _ lexicons: NameLexicons) -> Bool {
        token.text.hasSuffix(".") || (token.text.count == 1 && token.isCapitalized) || lexicons.abbreviations.contains(token.lower)
            || lexicons.abbreviations.contains(token.lower + ".")
    }

    /// The personal name at the end of a run of tokens, as token indices.
    static func personalName(in written: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> Range<Int>? {
        // A name has two words at least; most runs are one capital ("The", "But").
        guard written.count >= 2 else { return nil }
        // Letters after the name are no part of it: "Nicholas Ray KC".
        var run = written
        while run.count > 2, lexicons.postNominals.contains(tokens[run.upperBound - 1].text) { run = run.lowerBound..<(run.upperBound - 1) }
        var start = run.upperBound
        // A title word as the surname after a first name is a name ("Stephen King", "Jean Bishop",
        // "Councillor Ellie King").
        let titledSurname = lexicons.isFirstName(tokens[run.lowerBound].bareLower) || lexicons.isFirstName(tokens[run.upperBound - 2].bareLower)
        while start > run.lowerBound {
            let token = tokens[start - 1]
            let isSurname = start == run.upperBound && titledSurname
            // A lower-case particle is part of the name even where its capital ends one ("Erik ten Hag", "Ten").
            let isParticle = !token.isCapitalized && lexicons.particles.contains(token.lower)
            // Capitals are an acronym ("NATO"), unless a first name is written so ("JJ Redick"),
            // or two initials run together open a name of two words ("KL Rahul", "MS Dhoni").
            let isInitials = token.bare.count == 2 && run.count == 2 && start == run.upperBound - 1 && !lexicons.isTitle(token.bareLower)
                && !lexicons.isPersonNoun(token.bareLower) && !lexicons.nationalities.contains(token.bareLower)
                && !lexicons.countryNames.contains(token.bareLower) && !lexicons.orgNouns.contains(token.bareLower)
            let isAcronym = token.isAllCaps && !token.isInitial && token.bare.count > 1 && !isInitials && !lexicons.isFirstName(token.bareLower)
            // A capitalized pronoun inside a run before a name's last word is a family name: "the Ministry of Commerce He Yadong".
            // It opens the name: what stands before it is the role ("Commerce").
            // So is one that opens the run after a role word: "ministry spokeswoman He Yadong".
            if start - 1 > run.lowerBound || (start - 1 == run.lowerBound && Self.followsRoleWord(run, tokens: tokens, lexicons: lexicons)),
               start == run.upperBound - 1, token.isCapitalized, lexicons.pronouns.contains(token.bareLower) {
                start -= 1
                break
            }
            if (lexicons.endsName(lowered: token.bareLower) && !isSurname && !isParticle) || isAcronym {
                // A capitalized function word inside a run makes it a body's name: "Mothers Against Drunk Driving"
                // (not a headline's "Thoughts On Donald Trump": a first name follows).
                if start - 1 > run.lowerBound, token.isCapitalized, lexicons.stopwords.contains(token.bareLower), start < run.upperBound,
                   !lexicons.isFirstName(tokens[start].bareLower) { return nil }
                break
            }
            // A role word before the surname is no name ("Chief Executive Kelly Ortberg");
            // as the surname it is one ("Paul Farmer").
            if start < run.upperBound && lexicons.isPersonNoun(token.bareLower) { break }
            // So is a body or a country: "the Russian Foreign Ministry Sergei Lavrov", "the President of Ukraine Volodymyr Zelensky",
            // "the Ministry of Foreign Affairs Maria Zakharova" ("affairs" in lexicon org_nouns), "Minister for Health Stephen Donnelly".
            // A business's noun right before one capital names the business ("Startup Lumen", "Retailer Marlow").
            if start < run.upperBound - 1 || lexicons.companyNouns.contains(token.bareLower),
               lexicons.orgNouns.contains(token.bareLower) || lexicons.countryNames.contains(token.bareLower)
                || lexicons.portfolios.contains(token.bareLower),
               !lexicons.isFirstName(token.bareLower) { break }
            // Four name words at most; particles do not count ("Luiz Inácio Lula da Silva").
            if tokens[start..<run.upperBound].count(where: { !lexicons.particles.contains($0.lower) }) >= 4 { break }
            start -= 1
        }
        // A particle that is also a first name opens a name of two words after a title: "Vice President Al Gore"
        // (not "broadcaster Al Jazeera", "Mr. Van Voorhis", nor "Al Thani" of a longer name).
        while start < run.upperBound && lexicons.particles.contains(tokens[start].lower)
                && !(run.upperBound - start == 2 && tokens[start].isCapitalized && lexicons.isFirstName(tokens[start].bareLower, particles: true)
                     && start > 0 && lexicons.isTitle(tokens[start - 1].bareLower)) {
            start += 1
        }
        // "Exercising India's right of reply": a participle that opens the sentence is no first name.
        if start < run.upperBound, start == 0 || endsSentence(tokens[start].gap), lexicons.isOpeningParticiple(tokens[start].bareLower) { start += 1 }
        guard run.upperBound - start >= 2 else { return nil }
        // A title-case headline runs two names together: "Chris Christie Calls
        // Hillary Clinton" ends with Hillary Clinton (a first name after a word that is none).
        if run.upperBound - start >= 4, let inner = ((start + 2)..<(run.upperBound - 1)).last(where: { position in
            lexicons.isFirstName(tokens[position].bareLower) && !lexicons.isFirstName(tokens[position - 1].bareLower)
        }) {
            start = inner
        }
        // "Tax Policy Center", "Congressional Black Caucus", "White House" are
        // organisations; "Barack Obama Election Day" is an event, "National Mall" a place.
        // A known first name and one more word is a person even so: "Linda Park", "Rebecca Hall".
        let last = tokens[run.upperBound - 1].bareLower
        // (After a title too: "Dr. Helen Park".)
        let firstAndSurname = run.upperBound - start == 2 && lexicons.isFirstName(tokens[start].bareLower)
        // Nor is a group: "House Republicans", "Labour MPs" (lexicon bare_sources).
        // Nor a place whose first word says so: "Port Sudan" (lexicon place_openers).
        if lexicons.placeOpeners.contains(tokens[start].bareLower) { return nil }
        if lexicons.orgNouns.contains(last) || lexicons.bareSources.contains(last) || (lexicons.notPersonEndings.contains(last) && !firstAndSurname)
            || lexicons.orgNouns.contains(tokens[run.upperBound - 2].bareLower + " " + last) { return nil }
        return start..<run.upperBound
    }

    /// A surname after a title, in a document that never gives the full name:
    /// "President Macron", "Sen. Warren". A title that only qualifies another
    /// ("Prime", "Member") is not enough, nor a word that ends names ("Party Leader").
    static func titledSurname(in run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> Range<Int>? {
        guard run.count >= 2 else { return nil }
        let surname = tokens[run.upperBound - 1], title = tokens[run.upperBound - 2].bareLower
        guard lexicons.isTitle(title), !lexicons.titleModifiers.contains(title), !surname.isAllCaps, surname.bare.count > 1,
              !lexicons.endsName(lowered: surname.bareLower), !lexicons.isPersonNoun(surname.bareLower),
              !lexicons.orgNouns.contains(surname.bareLower), !lexicons.notPersonEndings.contains(surname.bareLower) else { return nil }
        return (run.upperBound - 1)..<run.upperBound
    }

    /// "President Obama" is Barack Obama when the document names him in
    /// full: the surname then finds him, and a second person would split his mentions.
    /// (Its title is not passed on: "President Obama" may be another Obama
    /// than the one named in full, Michelle Obama.)
    /// So is "Mr Ato Forson" after "Cassiel Ato Forson": a titled family name of two words, the end of a
    /// longer name that opens with no function word ("Neither Hillary Clinton" names no one else).
    /// Untitled, the longer name must open with a known first name: "Ben Gvir" is Itamar Ben Gvir,
    /// while "Rival Hillary Clinton" is a word run into the name.
    private mutating func dropTitledSurnamesNamedInFull(_ lexicons: NameLexicons) {
        let named = Set(persons.filter { $0.tokens.count > 1 }.flatMap { [$0.tokens.first!, $0.tokens.last!] })
        let longer = persons.filter { $0.tokens.count > 2 && !lexicons.stopwords.contains($0.tokens[0].lowercased()) }.map(\.tokens)
        let isNamedInFull = { (person: Person) in
            person.tokens.count == 1 ? named.contains(person.tokens[0]) : longer.contains { name in
                name.count > person.tokens.count && name.suffix(person.tokens.count).elementsEqual(person.tokens)
                    && (person.roles.contains(where: lexicons.isTitle) || lexicons.isFirstName(name[0].lowercased()))
            }
        }
        removePersons(where: isNamedInFull)
    }

    /// "Judge Rejects Trump's Bid to Delay Hush-Money Trial" over an article
    /// that names Donald J. Trump: a name met only in title-case lines, whose
    /// first word is no known first name, is a word run into the surname of
    /// someone named in full elsewhere. The surname alone still finds him.
    /// So is one of four words or more ("Warner Bros. Discovery Rejects
    /// Paramount's Revised Bid"): a name that long is written in full in the text too.
    /// And one whose first word the text writes after a title ("Trump Signs Order …"
    /// over "President Trump", "Mr. Trump"): the surname and a verb run together.
    private mutating func dropTitleCaseRunOns(titled: Set<String>) {
        let surnames = Set(persons.filter { !$0.onlyInTitleCase && $0.tokens.count > 1 }.map(\.surname))
        removePersons { $0.onlyInTitleCase && ($0.tokens.count >= Self.longRunOn || surnames.contains($0.surname) || titled.contains($0.tokens[0])) }
    }

    /// Words of a title-case name that no text outside its headline repeats, from which it is a run-on.
    private static let longRunOn = 4

    /// Removes persons, keeping the keys (aliases too) of the others.
    private mutating func removePersons(where remove: (Person) -> Bool) {
        guard persons.contains(where: remove) else { return }
        let keep = persons.map { !remove($0) }
        var newIndex = [Int?](repeating: nil, count: persons.count)
        var next = 0
        for index in persons.indices where keep[index] { newIndex[index] = next; next += 1 }
        persons = persons.indices.filter { keep[$0] }.map { persons[$0] }
        byKey = byKey.compactMapValues { newIndex[$0] }
    }

    /// A headline written in title case: four words at least, every one
    /// capitalized but the function words (lexicon stopwords) and numbers.
    static func isTitleCase(_ tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        tokens.count >= 4 && tokens.allSatisfy { token in
            token.isCapitalized || lexicons.stopwords.contains(token.bareLower) || token.text.first?.isNumber == true
        }
    }

    /// One capitalized word set off by commas after a person noun: "His
    /// daughter, Elena, runs the booth." A first name alone, but a person.
    static func appositiveFirstName(_ run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> Range<Int>? {
        guard run.count == 1, run.upperBound < tokens.count, tokens[run.upperBound].gap.utf8.first == UInt8(ascii: ","),
              roleBeforeComma(run, tokens: tokens, lexicons: lexicons) != nil,
              !lexicons.endsName(lowered: tokens[run.lowerBound].bareLower) else { return nil }
        return run
    }

    /// The person noun just before the comma that opens a run: "neighbour"
    /// in "Her neighbour, Dev Patel".
    static func roleBeforeComma(_ run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> String? {
        guard run.lowerBound > 0, tokens[run.lowerBound].gap == ", " else { return nil }
        let before = tokens[run.lowerBound - 1]
        return !before.isCapitalized && lexicons.isPersonNoun(before.bareLower) ? before.bareLower : nil
    }

    /// A capitalized office set off by a comma before the name, opened by
    /// a determiner or the sentence: "The Minister of State for Petroleum Resources
    /// (Oil), Senator Heineken Lokpobiri". Its words, lower-cased; none
    /// without a title or person noun among them.
    static func officeBeforeComma(_ run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> [String] {
        guard run.lowerBound > 0, case let gap = tokens[run.lowerBound].gap, gap == ", " || gap == "), " else { return [] }
        var back = run.lowerBound - 1
        // A short aside in brackets before the comma belongs to the office: "(Oil)".
        if gap == "), " {
            while back > 0, run.lowerBound - back <= 4, !tokens[back].gap.contains("(") { back -= 1 }
            guard back > 0, tokens[back].gap.contains("(") else { return [] }
            back -= 1
        }
        var words: [String] = []
        while back >= 0, words.count < 9 {
            let token = tokens[back]
            if lexicons.determiners.contains(token.lower) {
                // One after a function word is inside the office: "The Ranking Member on the Finance Committee".
                guard back > 0, !token.gapHasPunctuation, case let link = tokens[back - 1], !link.isCapitalized,
                      lexicons.stopwords.contains(link.lower), !lexicons.determiners.contains(link.lower) else { break }
                back -= 1
                continue
            }
            // Capitals and the function words between them ("of", "for", "and": lexicon stopwords).
            guard token.isCapitalized || lexicons.stopwords.contains(token.lower), !token.isPossessive else { return [] }
            words.append(token.bareLower)
            if back == 0 || token.gapHasPunctuation { break }
            back -= 1
        }
        guard words.last.map({ !lexicons.stopwords.contains($0) }) ?? false,
              words.contains(where: { lexicons.isTitle($0) || lexicons.isPersonNoun($0) }) else { return [] }
        return words.filter { !lexicons.stopwords.contains($0) }
    }

    /// "Senior Minister of State for Sustainability and the Environment Janil
    /// Puthucheary": an office in capitals whose name holds a conjunction ends
    /// in the run; its titles are the name's roles. Read back over capitals and
    /// function words only, with no punctuation between.
    static func officeAcrossConjunction(_ run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> [String] {
        guard run.lowerBound >= 2, !tokens[run.lowerBound].gapHasPunctuation else { return [] }
        var back = run.lowerBound - 1
        var sawConjunction = false
        var titles: [String] = []
        while back >= 0, run.lowerBound - back <= Self.officeReach {
            let token = tokens[back]
            if lexicons.conjunctions.contains(token.lower) { sawConjunction = true }
            else if lexicons.isTitle(token.bareLower) && token.isCapitalized { titles.append(token.bareLower) }
            else if !token.isCapitalized && !lexicons.stopwords.contains(token.lower) { break }
            if token.gapHasPunctuation || back == 0 { break }
            back -= 1
        }
        return sawConjunction ? titles : []
    }

    /// Words back from a name that `officeAcrossConjunction` reads.
    private static let officeReach = 12

    /// "National Federation of Independent Business": capitals after a
    /// body's noun and a function word go on naming the body.
    static func continuesBody(_ run: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        guard run.lowerBound >= 2, case let link = tokens[run.lowerBound - 1], !link.isCapitalized,
              !tokens[run.lowerBound].gapHasPunctuation, !link.gapHasPunctuation else { return false }
        let body = tokens[run.lowerBound - 2]
        return body.isCapitalized && lexicons.continuesBodyName(body: body.bareLower, link: link.lower)
    }

    private mutating func add(run: Range<Int>, tokens: [NameToken], titleCase: Bool, lexicons: NameLexicons) {
        guard let nameRange = Self.personalName(in: run, tokens: tokens, lexicons: lexicons)
            ?? Self.appositiveFirstName(run, tokens: tokens, lexicons: lexicons)
            ?? Self.titledSurname(in: run, tokens: tokens, lexicons: lexicons) else { return }
        if nameRange.lowerBound == run.lowerBound, Self.continuesBody(run, tokens: tokens, lexicons: lexicons) { return }
        var nameTokens = tokens[nameRange].map(\.bare)
        let name = nameTokens.joined(separator: " ")
        // "Ferdinand Marcos Jr.": matched by its surname, Marcos.
        if nameTokens.count > 2, lexicons.nameSuffixes.contains(nameTokens[nameTokens.count - 1].lowercased()) { nameTokens.removeLast() }
        var roles = Set(tokens[run.lowerBound..<nameRange.lowerBound].map(\.bareLower))
        // Role words just before the run: "the spokeswoman for the Department …",
        // stopping at punctuation, at a conjunction, at a reporting verb
        // ("the minister told Jake Tapper") and at another name.
        // None after a place preposition ("speaking in Fort Wayne").
        // Nor before an owner: in "aide to New York's governor" the aide is not New York.
        // A run that is the name alone, or opens with its own title, ends the
        // roles at a function word: in "a former top aide to Mayor Raymond
        // Castillo" and "a representative for Taylor Swift" the role is
        // someone else's. ("head of the IAEA Rafael Grossi" is Grossi's:
        // the run holds more than the name.)
        var back = run.lowerBound - 1
        if back >= 0 && (lexicons.placePrepositions.contains(tokens[back].bareLower) || tokens[run.upperBound - 1].isPossessive) { back = -1 }
        let standsAlone = nameRange.lowerBound == run.lowerBound || lexicons.isTitle(tokens[run.lowerBound].bareLower)
        // "Sinner will face Novak Djokovic", "The seven-time champion beat Lorenzo Musetti": a word just
        // before the name that is no role (a verb) leaves the words before it to someone else.
        // ("head of policy Simon Williams" keeps them: a role and "of" come before the word.)
        if standsAlone, back >= 0, !tokens[back].isCapitalized, case let word = tokens[back].bareLower, !Self.isRoleWord(word, lexicons),
           !(back >= 2 && lexicons.stopwords.contains(tokens[back - 1].lower) && Self.isRoleWord(tokens[back - 2].bareLower, lexicons)) {
            back = -1
        }
        while back >= 0 && run.lowerBound - back <= 6 && !tokens[back + 1].gapHasPunctuation {
            let word = tokens[back].bareLower
            // "Pakistan Tehreek-i-Insaf (PTI) Chairman Gohar Ali Khan": a body's acronym in brackets is the last role word.
            if tokens[back].isAllCaps, tokens[back].gap.hasSuffix("("), tokens[back + 1].gap.hasPrefix(")") {
                roles.insert(word)
                break
            }
            if lexicons.conjunctions.contains(word) || lexicons.speechVerbs.contains(word)
                || (tokens[back].isCapitalized && !lexicons.endsName(lowered: tokens[back].bareLower)) { break }
            if standsAlone && lexicons.stopwords.contains(word) && !lexicons.determiners.contains(word) { break }
            // An owner is no title: "King's College London" has no king.
            if tokens[back].isPossessive && (lexicons.isTitle(word) || lexicons.isPersonNoun(word)) { break }
            roles.insert(word)
            back -= 1
        }
        if let role = Self.roleBeforeComma(run, tokens: tokens, lexicons: lexicons) {
            roles.insert(role)
            // With its modifier: "foreign minister, Simon Coveney" is no "prime minister".
            let modifier = run.lowerBound - 2
            if modifier >= 0, !tokens[modifier].isCapitalized, !tokens[modifier].isPossessive, !tokens[modifier + 1].gapHasPunctuation {
                roles.insert(tokens[modifier].bareLower)
            }
        }
        roles.formUnion(Self.officeBeforeComma(run, tokens: tokens, lexicons: lexicons))
        // (Only when the run holds the office's last words: "Keir Starmer and Kemi Badenoch" are two people.)
        if nameRange.lowerBound > run.lowerBound { roles.formUnion(Self.officeAcrossConjunction(run, tokens: tokens, lexicons: lexicons)) }
        roles.formUnion(Self.appositionRoles(after: run.upperBound, tokens: tokens, lexicons: lexicons))
        if nameRange.upperBound == run.upperBound { roles.formUnion(Self.placeRoles(after: run.upperBound, tokens: tokens, lexicons: lexicons)) }
        // Filtered, not `subtract`ed: subtracting a set walks the other set,
        // and the stopword list is long while a name's roles are few.
        roles = roles.filter { !lexicons.stopwords.contains($0) && !lexicons.determiners.contains($0) }
        // Whoever heads a body holds its title: "the head of the Hungarian Foreign Ministry" is a minister (lexicon body_heads).
        if !roles.isDisjoint(with: lexicons.genericHeads) { roles.formUnion(roles.compactMap { lexicons.bodyHeads[$0] }) }
        roles.formUnion(roles.compactMap(Self.otherAcronymForm))
        register(name: name, tokens: nameTokens, roles: roles, at: tokens[nameRange.lowerBound].range.lowerBound,
                 inTitleCaseOnly: titleCase && !lexicons.isFirstName(tokens[nameRange.lowerBound].bareLower), lexicons: lexicons)
        if nameRange.upperBound == run.upperBound, !tokens[run.upperBound - 1].isPossessive {
            let index = byKey[name.lowercased()]!
            if Self.isAge(after: run.upperBound, tokens: tokens) { persons[index].isAged = true }
            if run.lowerBound == 0 || tokens[run.lowerBound].gapHasPunctuation || tokens[run.lowerBound - 1].isCapitalized
                || !lexicons.stopwords.contains(tokens[run.lowerBound - 1].lower) { persons[index].namedFreely = true }
            if lexicons.pronouns.contains(tokens[nameRange.lowerBound].bareLower) { persons[index].hasPronounFamilyName = true }
            if persons[index].gender == nil, run.lowerBound == 0 || Self.endsSentence(tokens[run.lowerBound].gap) {
                persons[index].gender = Self.pronounGender(after: run.upperBound, tokens: tokens, lexicons: lexicons)
            }
        }
        if let alias = Self.alias(after: run.upperBound, tokens: tokens, lexicons: lexicons), byKey[alias] == nil {
            byKey[alias] = byKey[name.lowercased()]
        }
    }

    private static func isRoleWord(_ word: String, _ lexicons: NameLexicons) -> Bool {
        lexicons.isTitle(word) || lexicons.isPersonNoun(word) || lexicons.formerWords.contains(word)
    }

    /// "Senator Mike Lee of Utah": the place after a word of lexicon
    /// place_links describes the person ("the Utah Republican"). One or two
    /// capitalized words, no owner ("of King's College London" names an
    /// employer), then punctuation or a lower-case word.
    static func placeRoles(after end: Int, tokens: [NameToken], lexicons: NameLexicons) -> [String] {
        guard end + 1 < tokens.count, lexicons.placeLinks.contains(tokens[end].lower), tokens[end].gap == " ", tokens[end + 1].gap == " " else { return [] }
        var last = end + 1
        while last < tokens.count, last - end <= 2, tokens[last].isCapitalized, !tokens[last].isPossessive,
              last == end + 1 || tokens[last].gap == " " { last += 1 }
        guard last > end + 1, last - end <= 3, last == tokens.count || !tokens[last].isCapitalized || tokens[last].gapHasPunctuation else { return [] }
        return tokens[(end + 1)..<last].map(\.bareLower)
    }

    /// "Villa boss Unai Emery", "Biden chief strategist Mike Donilon": a
    /// capital before one to three lower-case role words and a name qualifies
    /// that role; it names no one there ("he" in the next sentence is Emery).
    static func modifiesRole(at position: Int, tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        var next = position + 1
        while next < tokens.count, next - position <= 3, !tokens[next].isCapitalized, tokens[next].gap == " " {
            let word = tokens[next].bareLower
            guard lexicons.isTitle(word) || lexicons.isPersonNoun(word) else { return false }
            next += 1
        }
        return next > position + 1 && next < tokens.count && tokens[next].isCapitalized && tokens[next].gap == " "
    }

    /// ", 34,": a number of one to three digits set off by commas.
    static func isAge(after end: Int, tokens: [NameToken]) -> Bool {
        // "Kerry Watson, 34, said"; also at a sentence's end: "said Kerry Watson, 34."
        guard end < tokens.count, tokens[end].gap.hasPrefix(","),
              end + 1 == tokens.count || tokens[end + 1].gap.hasPrefix(",") || endsSentence(tokens[end + 1].gap) else { return false }
        let age = tokens[end].text.utf8
        return age.count <= 3 && age.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// "Tasneem Mahmood lost her home": the first possessive or reflexive
    /// pronoun after a name that opens a sentence, in its clause and before
    /// anyone else (a capital that may be a name, a person noun), gives a
    /// gender no first-name list does. "her" only before a noun: in "fired
    /// her after", it is someone else.
    static func pronounGender(after end: Int, tokens: [NameToken], lexicons: NameLexicons) -> Gender? {
        for index in tokens.indices[end...].prefix(8) {
            let token = tokens[index]
            guard token.gap == " " || token.gap == ", ", !token.isCapitalized || lexicons.endsName(lowered: token.bareLower),
                  !lexicons.isPersonNoun(token.bareLower) else { return nil }
            // "Coleen Rooney said she …": a subject pronoun right after a reporting verb.
            if lexicons.subjectPronouns.contains(token.lower), !lexicons.thingPronouns.contains(token.lower),
               index > end, lexicons.speechVerbs.contains(tokens[index - 1].lower) {
                return lexicons.gender(ofPronoun: token.lower)
            }
            // "its" says nothing of a person's gender.
            guard let subject = lexicons.possessivePronouns[token.lower], !lexicons.thingPronouns.contains(subject) else { continue }
            if lexicons.objectPronouns[token.lower] != nil {
                guard index + 1 < tokens.count, tokens[index + 1].gap == " ", !tokens[index + 1].isCapitalized,
                      !lexicons.stopwords.contains(tokens[index + 1].lower), !lexicons.determiners.contains(tokens[index + 1].lower) else { return nil }
            }
            return lexicons.gender(ofPronoun: subject)
        }
        return nil
    }

    /// Another name given after a comma: "Joko Widodo, known as Jokowi," →
    /// "jokowi" (lexicon alias_markers). One to three capitalized words.
    static func alias(after end: Int, tokens: [NameToken], lexicons: NameLexicons) -> String? {
        guard end < tokens.count, tokens[end].gap.utf8.first == UInt8(ascii: ",") else { return nil }
        for marker in lexicons.aliasMarkers where end + marker.count < tokens.count {
            guard zip(marker, tokens[end..<(end + marker.count)]).allSatisfy({ $0 == $1.bareLower }),
                  !tokens[(end + 1)..<(end + marker.count + 1)].contains(where: \.gapHasPunctuation) else { continue }
            var last = end + marker.count
            guard tokens[last].isCapitalized else { return nil }
            while last + 1 < tokens.count, last - end - marker.count < 2, tokens[last + 1].isCapitalized, tokens[last + 1].gap == " " { last += 1 }
            return tokens[(end + marker.count)...last].map(\.bareLower).joined(separator: " ")
        }
        return nil
    }

    /// A mention of a personal name: a new person, or one more occurrence
    /// (and perhaps roles and a gender) of one already known.
    private mutating func register(name: String, tokens: [String], roles: Set<String>, at offset: Int, inTitleCaseOnly: Bool = false,
                                   lexicons: NameLexicons) {
        let key = name.lowercased()
        if let index = byKey[key] {
            persons[index].roles.formUnion(roles)
            persons[index].occurrences.append(offset)
            persons[index].onlyInTitleCase = persons[index].onlyInTitleCase && inTitleCaseOnly
        } else {
            byKey[key] = persons.count
            persons.append(Person(name: name, tokens: tokens, surname: Self.surname(of: tokens), roles: roles, gender: nil,
                                  occurrences: [offset], onlyInTitleCase: inTitleCaseOnly))
        }
        let index = byKey[key]!
        if persons[index].gender == nil { persons[index].gender = Self.gender(roles: roles, first: tokens[0], lexicons: lexicons) }
    }

    /// The last word of a name, or the word before a last one shaped as a hyphenated East Asian given
    /// name: a capital, lower-case letters, a hyphen and lower-case letters ("Ka-chiu", "Jae-myung").
    /// (A double-barrelled surname takes a capital after its hyphen: "Rees-Mogg".)
    static func surname(of tokens: [String]) -> String {
        guard tokens.count >= 2, let last = tokens.last, let first = last.first, first.isUppercase else { return tokens.last ?? "" }
        let parts = last.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count >= 2, parts[1].count >= 2,
              parts[0].dropFirst().allSatisfy(\.isLowercase), parts[1].allSatisfy(\.isLowercase) else { return last }
        return tokens[tokens.count - 2]
    }

    /// "Margaret and Peter Lowe": a lone first name joined to a full name
    /// shares its surname, so "Mrs Lowe" can later be Margaret Lowe.
    private mutating func addSharedSurname(_ first: Range<Int>, _ next: Range<Int>, tokens: [NameToken], lexicons: NameLexicons) {
        guard first.count == 1, next.lowerBound == first.upperBound + 1, next.count >= 2,
              lexicons.conjunctions.contains(tokens[first.upperBound].bareLower),
              lexicons.isFirstName(tokens[first.lowerBound].bareLower), lexicons.isFirstName(tokens[next.lowerBound].bareLower),
              let name = Self.personalName(in: next, tokens: tokens, lexicons: lexicons), name.lowerBound == next.lowerBound else { return }
        let words = [tokens[first.lowerBound].bare] + tokens[(name.lowerBound + 1)..<name.upperBound].map(\.bare)
        let shared = words.joined(separator: " ")
        guard byKey[shared.lowercased()] == nil else { return }
        register(name: shared, tokens: words, roles: [], at: tokens[first.lowerBound].range.lowerBound, lexicons: lexicons)
    }

    /// The words of an apposition that describes the name as a person:
    /// ", a Miami lawyer," or ", developer and spokeswoman for the coalition,":
    /// a person noun heads it and ends it, before any preposition. Empty
    /// otherwise (", with some of his friends,").
    static func appositionRoles(after end: Int, tokens: [NameToken], lexicons: NameLexicons) -> [String] {
        guard end < tokens.count, tokens[end].gap.utf8.first == UInt8(ascii: ",") else { return [] }
        var words: [String] = []
        var index = end
        while index < tokens.count && index - end < 6 && (index == end || !tokens[index].gapHasPunctuation) {
            let word = tokens[index].bareLower
            let leading = index == end && (lexicons.determiners.contains(word) || lexicons.indefinites.contains(word))
            if !leading && lexicons.stopwords.contains(word) && !lexicons.conjunctions.contains(word) { break }
            // A name after a role opens the next clause: in "Vladimir Zelensky, Kremlin spokesman
            // Dmitry Peskov told reporters" the role is Peskov's.
            if tokens[index].isCapitalized, let last = words.last, !tokens[index - 1].isCapitalized,
               lexicons.isPersonNoun(last) || lexicons.isTitle(last) { return [] }
            words.append(word)
            index += 1
        }
        // The noun ends the phrase: in "Ulf Kristersson, the Finnish leader
        // said", the words are the next clause's subject and verb. A plural
        // describes no one person: "boxer Tommy Fury, pals have revealed".
        guard let last = words.last, lexicons.isPersonNoun(last), !lexicons.isPluralPersonNoun(last) else { return [] }
        return words
    }

    private static func gender(roles: Set<String>, first: String, lexicons: NameLexicons) -> Gender? {
        if !roles.isDisjoint(with: lexicons.femaleWords) { return .female }
        if !roles.isDisjoint(with: lexicons.maleWords) { return .male }
        let name = first.lowercased()
        if lexicons.femaleNames.contains(name) { return .female }
        if lexicons.maleNames.contains(name) { return .male }
        return nil
    }

    /// A capitalized word, with the word before it in its paragraph.
    private struct CapitalizedWord {
        let bare: String
        let previous: String?
        let offset: Int
        /// First in its sentence, where every word is capitalized.
        let opensSentence: Bool
        /// Followed by an age: "Somchai, 67,".
        let isAged: Bool
        /// The last word of another capitalized name: "Fire" of "Cal Fire".
        let endsOtherName: Bool
        /// After a determiner, perhaps with one lower-case word between: "the first Test".
        let isDetermined: Bool
    }

    private static func isDetermined(at position: Int, tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        guard position > 0, tokens[position].gap == " " else { return false }
        if lexicons.determiners.contains(tokens[position - 1].lower) { return true }
        return position > 1 && tokens[position - 1].gap == " " && !tokens[position - 1].isCapitalized
            && lexicons.determiners.contains(tokens[position - 2].lower)
    }

    /// A word joined by a space to a capitalized word before it that is no
    /// title, role or owner ("President Obama", "Labour's Starmer" are
    /// mentions), nor capitalized only by opening its sentence ("But Fowler").
    private static func endsOtherName(at position: Int, tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        guard position > 0, tokens[position].gap == " " else { return false }
        let previous = tokens[position - 1]
        // A sentence's first capital may be any word, but not a nationality: "U.S. Steel shares rose" is no Nippon Steel.
        guard previous.isCapitalized, !previous.isPossessive,
              (position > 1 && !endsSentence(previous.gap)) || lexicons.isNationality(previous.bareLower) else { return false }
        return !lexicons.stopwords.contains(previous.bareLower) && !lexicons.isTitle(previous.bareLower) && !lexicons.isPersonNoun(previous.bareLower)
    }

    /// A gap that closes a sentence before the next word: `. `, `? `, `!" `.
    private static func endsSentence(_ gap: String) -> Bool {
        gap.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }
    }

    /// Surname-only mentions also make a person recent for pronouns.
    /// A capital that opens a sentence is no surname when the document also
    /// writes the word in lower case: "Water company executives …" is no
    /// mention of Thames Water where the text speaks of "water bosses".
    private mutating func recordSurnameOccurrences(_ words: [CapitalizedWord], in text: UTF8Text, lexicons: NameLexicons) {
        guard !persons.isEmpty else { return }
        var bySurname: [String: Int] = [:]
        for (index, person) in persons.enumerated() where bySurname[person.surname] == nil {
            bySurname[person.surname] = index
        }
        // A name is also called by its first word ("Tedros" for Tedros
        // Adhanom Ghebreyesus, "Kim" for Kim Jong Un; a feature's "Somchai"
        // for Somchai Phanthong), when that word is nobody's surname and
        // opens no other name; for a name of two words, when the word is no
        // place or other word that ends a name ("Jordan", "Israel", "The").
        let firsts = Dictionary(grouping: persons.indices.filter { persons[$0].tokens.count >= 2 }) { persons[$0].tokens[0] }
        // A two-word name's first word counts only when it is known as a
        // first name, a family name written first (lexicon family_names_first)
        // or once stands with an age, and then only where it is
        // no common word of the text: "House" of a misread "House Oversight" never.
        let agedWords = Set(words.filter(\.isAged).map(\.bare))
        var shortFirsts: Set<String> = []
        for (first, owners) in firsts where owners.count == 1 && bySurname[first] == nil {
            if persons[owners[0]].tokens.count == 2 {
                guard !lexicons.mayNotBeFirstName(first), lexicons.isFirstName(first.lowercased()) || agedWords.contains(first)
                        || lexicons.familyNamesFirst.contains(first.lowercased()) else { continue }
                shortFirsts.insert(first)
            }
            bySurname[first] = owners[0]
        }
        // Each distinct word is looked up once (a memchr search), not once per
        // occurrence: that made a 10 MB document five times slower.
        let openers = Set(words.filter { ($0.opensSentence || shortFirsts.contains($0.bare)) && bySurname[$0.bare] != nil }
            .map { $0.bare.lowercased() })
        let common = openers.filter { text.wordCount(of: $0, upTo: 1) > 0 }
        for word in words {
            guard let index = bySurname[word.bare] else { continue }
            let tokens = persons[index].tokens, surname = persons[index].surname
            let inFullName = tokens.count > 1 && surname == tokens.last && word.previous == tokens[tokens.count - 2]
            let mayBeCommon = word.opensSentence || shortFirsts.contains(word.bare)
            if inFullName || word.endsOtherName || (mayBeCommon && common.contains(word.bare.lowercased())) { continue }
            // A determiner makes a name's first word a common noun: "the first Test" is no Test Match Special.
            if word.isDetermined, tokens.count > 1, surname != word.bare { continue }
            persons[index].occurrences.append(word.offset)
            if tokens.count > 2, surname != word.bare, case let lower = word.bare.lowercased(),
               !lexicons.isFirstName(lower), !lexicons.familyNamesFirst.contains(lower) {
                persons[index].bareFirstWordCount += 1
            }
        }
        for index in persons.indices {
            persons[index].occurrences.sort()
            // A titled surname is its own full name: each mention was added twice.
            if persons[index].tokens.count == 1 {
                var unique: [Int] = []
                for offset in persons[index].occurrences where unique.last != offset { unique.append(offset) }
                persons[index].occurrences = unique
            }
        }
    }

    // MARK: - Lookups

    /// The person a name mention refers to: the same full name, or a known
    /// person whose surname (or, for names like "Xi", first name) it is.
    /// `excluding`: the other gender, when a title gives one ("Mr. Obama").
    /// `byFirstName`: one word may be a person's first word ("Xi" for Xi
    /// Jinping); false where that word is a place ("Israel" is no Israel Katz).
    func person(for tokens: [String], excluding other: Gender? = nil, byFirstName: Bool = true) -> Int? {
        guard let last = tokens.last else { return nil }
        if let index = byKey[tokens.joined(separator: " ").lowercased()], persons[index].isConfirmed { return index }
        let candidates = persons.indices.filter { index in
            guard persons[index].isConfirmed, other == nil || persons[index].gender != other else { return false }
            let person = persons[index].tokens
            // A long name is also called by a middle word: "Lula" (Luiz Inácio Lula da Silva),
            // "Rodríguez" (José Luis Rodríguez Zapatero).
            if tokens.count == 1 {
                return persons[index].surname == last || (byFirstName && person.first == last) || (person.count >= 4 && person.dropFirst().dropLast().contains(last))
            }
            // "Von der Leyen" is the end of "Ursula von der Leyen".
            if tokens.count < person.count, zip(tokens.reversed(), person.reversed()).allSatisfy({ $0.lowercased() == $1.lowercased() }) { return true }
            return person.last == last && (person.first == tokens.first || tokens.first!.count <= 2)
        }
        // A surname before a first word: "Biden" is Joe Biden, not the headline's "Biden Taiwan" ("Xi tells Biden Taiwan is …").
        let bySurname = tokens.count == 1 ? candidates.filter { persons[$0].surname == last } : []
        guard candidates.isEmpty, tokens.count == 1 else {
            return (bySurname.isEmpty ? candidates : bySurname).max { persons[$0].occurrences.count < persons[$1].occurrences.count }
        }
        // Another spelling of the surname: "Erdogan" for Recep Tayyip Erdoğan, "Zelensky" for Volodymyr Zelenskyy.
        return (bySpelling[Self.spellingKey(last, particles: particles)] ?? []).filter { other == nil || persons[$0].gender != other }
            .max { persons[$0].occurrences.count < persons[$1].occurrences.count }
    }

    /// The spelling key, with a particle joined by a hyphen left out ("al-Sudani",
    /// "El-Sisi"): the text also writes "Sudani".
    static func spellingKey(_ word: String, particles: Set<String>) -> String {
        if let hyphen = word.firstIndex(of: "-"), particles.contains(word[..<hyphen].lowercased()), word.index(after: hyphen) < word.endIndex {
            return spellingKey(String(word[word.index(after: hyphen)...]))
        }
        return spellingKey(word)
    }

    /// A surname without case, accents or a doubled last letter.
    static func spellingKey(_ word: String) -> String {
        // Most names are ASCII: lower-casing them is folding them, without Foundation's cost.
        var key = Array(word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased()
                        : word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
        if key.count > 4, key[key.count - 1] == key[key.count - 2] { key.removeLast() }
        return String(key)
    }

    /// The roles of the person of this name; none for a name the index does not hold.
    func roles(named name: String) -> Set<String> { byKey[name.lowercased()].map { persons[$0].roles } ?? [] }

    /// A run of the text reads as this personal name, confirmed or not.
    func names(_ name: String) -> Bool { byKey[name.lowercased()] != nil }

    /// A run of the text reads as this personal name, and it is confirmed.
    func confirms(_ name: String) -> Bool { byKey[name.lowercased()].map { persons[$0].isConfirmed } ?? false }

    /// The person best described by `words` (roles such as "spokeswoman",
    /// "nato", "norwegian"): most shared role words, then most recent.
    /// No one whose roles include a word of `rivals` ("republican" for "the Democratic nominee").
    func person(describedBy words: Set<String>, before offset: Int, rulingOut rivals: Set<String> = []) -> Int? {
        var best: (index: Int, score: Int, recent: Int)?
        for (index, person) in persons.enumerated() where person.isConfirmed && person.roles.isDisjoint(with: rivals) {
            let score = person.roles.intersection(words).count
            guard score > 0 else { continue }
            // A description points back: to someone named before it.
            guard let recent = person.lastOccurrence(before: offset) else { continue }
            if best == nil || score > best!.score || (score == best!.score && recent > best!.recent) {
                best = (index, score, recent)
            }
        }
        return best?.index
    }

    /// The last two people named before `offset` when they are named close
    /// together (within `window` bytes), else the last one; nil if none.
    func recentPeople(before offset: Int, window: Int = 400) -> [Int]? {
        let recent = persons.indices.compactMap { index -> (index: Int, at: Int)? in
            guard persons[index].isConfirmed, let at = persons[index].lastOccurrence(before: offset) else { return nil }
            return (index, at)
        }.sorted { $0.at > $1.at }
        guard let last = recent.first else { return nil }
        if recent.count > 1, last.at - recent[1].at <= window { return [recent[1].index, last.index] }
        return [last.index]
    }

    /// The person named first in `range`, skipping the other gender.
    func firstPerson(in range: Range<Int>, excluding gender: Gender?) -> Int? {
        firstPerson(in: range) { gender == nil || $0.gender != gender }
    }

    /// `written` is the full name or the surname of a confirmed person of two words or more.
    func namesInFull(_ written: String) -> Bool {
        let words = written.spaceSeparatedWords
        guard let last = words.last else { return false }
        return persons.contains { $0.isConfirmed && $0.tokens.count > 1 && ($0.tokens.last == last || $0.surname == last) && words.count <= $0.tokens.count }
    }

    /// The confirmed person that `accept` takes and that is named first in `range`,
    /// at an offset that `place` does not turn down.
    func firstPerson(in range: Range<Int>, where accept: (Person) -> Bool, at place: (Int) -> Bool = { _ in true }) -> Int? {
        occurrences(in: range).first { accept(persons[$0.person]) && place($0.offset) }?.person
    }

    /// "un" for "u.n.": an acronym written with or without dots is one role
    /// ("U.N. Secretary-General António Guterres" is the "UN chief"); roles
    /// and a description's words both take the dotless form.
    static func otherAcronymForm(_ role: String) -> String? {
        guard role.contains(".") else { return nil }
        let letters = role.filter { $0 != "." }
        guard (2...4).contains(letters.count), role == letters.map({ "\($0)." }).joined() else { return nil }
        return letters
    }

    /// The confirmed people `accept` takes that are named in `range`.
    func people(in range: Range<Int>, where accept: (Person) -> Bool) -> Set<Int> {
        Set(occurrences(in: range).map(\.person).filter { accept(persons[$0]) })
    }

    func occurrences(in range: Range<Int>) -> ArraySlice<(offset: Int, person: Int)> {
        let start = occurrenceOrder.partitionIndex { $0.offset < range.lowerBound }
        let end = occurrenceOrder[start...].firstIndex { $0.offset >= range.upperBound } ?? occurrenceOrder.count
        return occurrenceOrder[start..<end]
    }

    /// The first person named in `range` who holds `role` and no role that
    /// `words` leave out among those `isRole` picks: a lead describes someone
    /// before it names them ("The city's police chief … Chief Marcus Bell";
    /// "the prime minister" is no "foreign minister"; "the judge" is "U.S.
    /// District Judge Valerie Caproni").
    func firstPerson(holding role: String, describedBy words: Set<String>, in range: Range<Int>, isRole: (String) -> Bool) -> Int? {
        firstPerson(in: range) { $0.roles.contains(role) && $0.roles.allSatisfy { words.contains($0) || !isRole($0) } }
    }

    /// The person named most recently before `offset`, skipping the other
    /// gender and those `accept` turns down.
    func latestPerson(before offset: Int, excluding gender: Gender?, where accept: (Person) -> Bool = { _ in true }) -> Int? {
        var best: (index: Int, at: Int)?
        for (index, person) in persons.enumerated() where person.isConfirmed && (gender == nil || person.gender != gender) && accept(person) {
            if let at = person.lastOccurrence(before: offset), best == nil || at > best!.at { best = (index, at) }
        }
        return best?.index
    }
}
