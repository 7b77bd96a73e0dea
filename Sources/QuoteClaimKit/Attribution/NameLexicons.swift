/// The word lists attribution reads from `rules/lexicons/` (lower-cased).
/// Code refers to lists by file name only; the words are data.
/// A class: every stage holds the same lists, and copying thirty sets per
/// closure or call cost more than reading them.
public final class NameLexicons: Sendable {
    let titles: Set<String>
    /// Titles that only qualify another ("prime", "vice"): no person follows them alone.
    let titleModifiers: Set<String>
    let nationalities: Set<String>
    /// Nationality words that name one person after "the" ("the Brazilian said").
    let demonyms: Set<String>
    /// "Israel", "Jordan": alone, a place, not a person's first name.
    let countryNames: Set<String>
    /// Words that name a minister's brief (lexicon portfolios).
    let portfolios: Set<String>
    /// Words that end a place's name ("korea", "britain").
    let placeNouns: Set<String>
    /// Words that open a place's name ("port", "lake"): such a run is no person.
    let placeOpeners: Set<String>
    let determiners: Set<String>
    let indefinites: Set<String>
    let particles: Set<String>
    let personNouns: Set<String>
    let orgNouns: Set<String>
    /// Last words of capitalized runs that name no person: events and places.
    let notPersonEndings: Set<String>
    /// Last words of business names ("Analytics"): such a name is no person (lexicon business_name_endings).
    let businessNameEndings: Set<String>
    /// "jr", "iii": after a surname, part of the name but not the surname.
    let nameSuffixes: Set<String>
    /// Letters after a name ("KC", "MP", "OBE"), as written.
    let postNominals: Set<String>
    /// "inc", "plc": what a business writes after its name, also after a comma.
    private let corporateSuffixes: Set<String>
    /// "company", "carmaker": a business, which "the company" alone may name.
    let companyNouns: Set<String>
    /// "agency", "group": any organisation, which "the agency" alone may name.
    let bodyNouns: Set<String>
    /// "statement", "letter": what a source issues, which may speak for it.
    let documentNouns: Set<String>
    /// "A", "Answer": a Q&A label for the interviewee's answer.
    let interviewLabels: Set<String>
    /// Bytes of the longest label: a longer mention is none.
    let longestInterviewLabel: Int
    let femaleWords: Set<String>
    let maleWords: Set<String>
    /// "mcdonald's", "alzheimer's research uk": names with a possessive in them, lower-cased, `'` for `’`.
    let possessiveNames: Set<String>
    /// First names, read only from the first word of a name ("Eau Claire" is no woman).
    let femaleNames: Set<String>
    let maleNames: Set<String>
    let malePronouns: Set<String>
    let femalePronouns: Set<String>
    let thingPronouns: Set<String>
    let groupPronouns: Set<String>
    /// Object pronouns → the subject pronoun they stand for ("him" → "he").
    let objectPronouns: [String: String]
    /// Words for one member of a group ("One said"), and the pronoun that group goes by.
    let groupMembers: Set<String>
    /// "vice", "deputy": a role with one of these is not the role alone.
    let deputyWords: Set<String>
    let groupPronoun: String?
    /// Possessive and reflexive pronouns → their subject form ("her" → "she").
    let possessivePronouns: [String: String]
    /// The subject forms those pronouns stand for ("he", "she", "it", "they").
    let subjectPronouns: Set<String>
    /// Unnamed sources without a determiner ("prosecutors", "officials").
    let bareSources: Set<String>
    /// Reporting verbs: "the striker told Sky Sports" gives Sky Sports no role.
    let speechVerbs: Set<String>
    let stopwords: Set<String>
    let abbreviations: Set<String>
    let possessives: Set<String>
    let conjunctions: Set<String>
    let placePrepositions: Set<String>
    /// "the city of Grants Pass": words that tie a noun to its whole.
    let partOfPrepositions: Set<String>
    /// "Mike Lee of Utah": words that join a place to a name.
    let placeLinks: Set<String>
    /// Words that put a role in the past ("former").
    let formerWords: Set<String>
    /// "One wrote", "Another added": someone the document never names.
    let unnamedSubjects: Set<String>
    /// Words that open a side clause after a comma (", while Kyiv warned").
    let sideClauseOpeners: Set<String>
    /// "Afterward,", "Meanwhile,": a word that opens a sentence alone, before a comma, naming no one.
    let sentenceAdverbs: Set<String>
    /// "was", "had": after a reporting verb they make a clause of what follows, no aside's object.
    let auxiliaries: Set<String>
    /// Words that join a second main clause after a comma (", and Anglian Water warned").
    let clauseJoiners: Set<String>
    /// "from", "by": what leads from a document noun to its issuer (lexicon issuer_links).
    let issuerLinks: Set<String>
    /// "union", "charity": nouns any organisation may be called by (lexicon generic_bodies).
    let genericBodies: Set<String>
    /// "group", "organisation": nouns that fit any organisation.
    let anyBodyNouns: Set<String>
    /// "accused", "charged": a description with one is a defendant the next paragraph names.
    let defendantMarkers: Set<String>
    /// "who", "whose": a clause about the person just described.
    let relativePronouns: Set<String>
    /// "wang", "kim": family names written first, so a later "Wang" is Wang Wenbin.
    let familyNamesFirst: Set<String>
    /// Words that count a group ("the three countries", "both companies").
    let countWords: Set<String>
    /// Plurals that may stand for the two people named just before ("the leaders").
    let pairNouns: Set<String>
    /// "former", "latter": one of two people named together, in the order named (lexicon pair_references).
    let pairReferences: [String]
    /// "more", "than", "hundreds": words of a quantity before a side clause's subject.
    let quantityWords: Set<String>
    /// Phrases that keep a described person unnamed ("who did not want to be named").
    let anonymityMarkers: [String]
    /// Phrases that give a person another name (", known as Jokowi,"), as words.
    let aliasMarkers: [[String]]
    /// "gave her name only as": the words after it name the person described.
    let nameMarkers: [[String]]
    /// Endings of a participle that opens a sentence ("Speaking …, he said").
    let openingPhraseSuffixes: [String]
    /// What joins the names of a group in output ("Putin and Xi"): the first
    /// entry of the conjunctions lexicon.
    private let groupJoiner: String
    /// Each word of an `org_aliases` line, mapped to all words of its line.
    let orgAliases: [String: Set<String>]
    /// Each word of a `role_aliases` line, mapped to all words of its line.
    let roleAliases: [String: Set<String>]
    /// Words for whoever leads a body, which rule no office out (lexicon generic_heads).
    let genericHeads: Set<String>
    /// A body's noun → the title of whoever heads it ("ministry" → "minister").
    let bodyHeads: [String: String]
    /// Each word of lexicon rival_roles → the words of the other side of its
    /// line; each word of nationality_forms → the words of all other lines.
    let rivalRoles: [String: Set<String>]

    public init(rules: RuleSet) {
        titles = rules.words("titles")
        titleModifiers = rules.words("title_modifiers")
        nationalities = rules.words("nationalities")
        demonyms = rules.words("demonyms")
        countryNames = rules.words("country_names")
        portfolios = rules.words("portfolios")
        determiners = rules.words("determiners")
        indefinites = rules.words("indefinite_determiners")
        particles = rules.words("name_particles")
        nameSuffixes = rules.words("name_suffixes")
        postNominals = Set(rules.entries("post_nominals"))
        companyNouns = rules.words("company_nouns")
        corporateSuffixes = rules.words("corporate_suffixes")
        bodyNouns = rules.words("body_nouns")
        documentNouns = rules.words("document_nouns")
        interviewLabels = rules.words("interview_labels")
        longestInterviewLabel = interviewLabels.map(\.utf8.count).max() ?? 0
        personNouns = rules.words("person_nouns")
        orgNouns = rules.words("org_nouns")
        placeNouns = rules.words("place_nouns")
        placeOpeners = rules.words("place_openers")
        notPersonEndings = rules.words("event_nouns").union(placeNouns)
        businessNameEndings = rules.words("business_name_endings")
        femaleWords = rules.words("female_words")
        maleWords = rules.words("male_words")
        possessiveNames = Set(rules.words("possessive_names").map { $0.replacingOccurrences(of: "’", with: "'") })
        femaleNames = rules.words("female_names")
        maleNames = rules.words("male_names")
        malePronouns = rules.words("pronouns_male")
        femalePronouns = rules.words("pronouns_female")
        thingPronouns = rules.words("pronouns_thing")
        groupPronouns = rules.words("pronouns_group")
        objectPronouns = Self.pairs(rules.entries("pronouns_object"))
        groupMembers = rules.words("group_members")
        deputyWords = rules.words("deputy_words")
        groupPronoun = rules.entries("pronouns_group").first?.lowercased()
        possessivePronouns = Self.pairs(rules.entries("pronouns_possessive"))
        subjectPronouns = Set(possessivePronouns.values).union(objectPronouns.values)
        bareSources = rules.words("bare_sources")
        speechVerbs = rules.words("speech_verbs")
        stopwords = rules.words("stopwords")
        abbreviations = rules.words("abbreviations")
        possessives = rules.words("possessive_determiners")
        conjunctions = rules.words("conjunctions")
        placePrepositions = rules.words("place_prepositions")
        partOfPrepositions = rules.words("part_of_prepositions")
        placeLinks = rules.words("place_links")
        formerWords = rules.words("former_words")
        unnamedSubjects = rules.words("unnamed_subjects")
        sideClauseOpeners = rules.words("side_clause_openers")
        sentenceAdverbs = rules.words("sentence_adverbs")
        auxiliaries = rules.words("auxiliaries")
        clauseJoiners = rules.words("clause_joiners")
        issuerLinks = rules.words("issuer_links")
        genericBodies = rules.words("generic_bodies")
        anyBodyNouns = rules.words("any_body_nouns")
        defendantMarkers = rules.words("defendant_markers")
        relativePronouns = rules.words("relative_pronouns")
        familyNamesFirst = rules.words("family_names_first")
        countWords = rules.words("count_words")
        pairNouns = rules.words("pair_nouns")
        pairReferences = rules.entries("pair_references").map { $0.lowercased() }
        quantityWords = rules.words("quantity_words")
        anonymityMarkers = rules.entries("anonymity_markers").map { $0.lowercased() }
        aliasMarkers = rules.entries("alias_markers").map { $0.lowercased().spaceSeparatedWords }
        nameMarkers = rules.entries("name_markers").map { $0.lowercased().spaceSeparatedWords }
        openingPhraseSuffixes = Array(rules.words("opening_phrase_suffixes"))
        groupJoiner = " " + (rules.entries("conjunctions").first ?? "&") + " "
        orgAliases = Self.aliases(rules.entries("org_aliases"))
        roleAliases = Self.aliases(rules.entries("role_aliases"))
        genericHeads = rules.words("generic_heads")
        bodyHeads = Dictionary(rules.entries("body_heads").compactMap { line -> (String, String)? in
            let words = line.lowercased().spaceSeparatedWords
            return words.count == 2 ? (words[0], words[1]) : nil
        }, uniquingKeysWith: { first, _ in first })
        rivalRoles = Self.rivals(rules.entries("rival_roles"))
            .merging(Self.exclusive(rules.entries("nationality_forms"))) { $0.union($1) }
        pronouns = malePronouns.union(femalePronouns).union(thingPronouns).union(groupPronouns)
        let undotted = titles.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) }
        nameEnders = titles.union(undotted).union(nationalities).union(stopwords).union(determiners).union(indefinites)
            .union(rules.words("not_names")).union(pronouns).union(formerWords)
    }

    let pronouns: Set<String>
    /// Words that stop a personal name read backwards from its end: titles
    /// (also without their dot), nationalities, stopwords, determiners
    /// ("Many African-Americans" names no one),
    /// pronouns, "former" and words that are never names (Friday, However).
    private let nameEnders: Set<String>

    /// "him he" lines → ["him": "he"].
    private static func pairs(_ lines: [String]) -> [String: String] {
        var pairs: [String: String] = [:]
        for line in lines {
            let words = line.lowercased().spaceSeparatedWords
            if words.count == 2 { pairs[words[0]] = words[1] }
        }
        return pairs
    }

    /// Each word of each line → all words of its line.
    private static func aliases(_ lines: [String]) -> [String: Set<String>] {
        var aliases: [String: Set<String>] = [:]
        for line in lines {
            let words = Set(line.lowercased().spaceSeparatedWords)
            for word in words { aliases[word, default: []].formUnion(words) }
        }
        return aliases
    }

    /// "a b / c d" lines → a and b rule out c and d, and c and d rule out a and b.
    private static func rivals(_ lines: [String]) -> [String: Set<String>] {
        var rivals: [String: Set<String>] = [:]
        for line in lines {
            let sides = line.lowercased().split(separator: "/").map { Set(String($0).spaceSeparatedWords) }
            guard sides.count == 2 else { continue }
            for word in sides[0] { rivals[word, default: []].formUnion(sides[1]) }
            for word in sides[1] { rivals[word, default: []].formUnion(sides[0]) }
        }
        return rivals
    }

    /// Lines of which each rules out all others: a word → the words of every other line.
    private static func exclusive(_ lines: [String]) -> [String: Set<String>] {
        let groups = lines.map { Set($0.lowercased().spaceSeparatedWords) }
        let all = groups.reduce(into: Set<String>()) { $0.formUnion($1) }
        var rivals: [String: Set<String>] = [:]
        for group in groups {
            let others = all.subtracting(group)
            for word in group { rivals[word, default: []].formUnion(others) }
        }
        return rivals
    }

    /// The role words that `words` rule out (lexicons rival_roles and nationality_forms).
    func rivals(of words: some Sequence<String>) -> Set<String> {
        words.reduce(into: Set<String>()) { $0.formUnion(rivalRoles[$1] ?? []) }
    }

    /// Words plus the organisation words that mean the same kind of body.
    /// The words with the other names of their kind of organisation or
    /// office: "the rep" can refer back to "a representative for …".
    func withAliases(_ words: [String]) -> Set<String> {
        words.reduce(into: Set(words)) {
            $0.formUnion(orgAliases[$1] ?? []); $0.formUnion(roleAliases[$1] ?? [])
            if let acronym = EntityIndex.otherAcronymForm($1) { $0.insert(acronym) }
        }
    }

    /// The run of capitals that starts at `offset` ends in a possessive before a person noun:
    /// "Taylor's mother", "Patrick's son, Declan," name the owner, not the one who acts.
    func ownsPerson(at offset: Int, in tokens: [NameToken]) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.range.contains(offset) }) else { return false }
        let run = tokens[first...].prefix { $0.isCapitalized }
        guard let owner = run.firstIndex(where: \.isPossessive), owner + 1 < tokens.count else { return false }
        return isPersonNoun(tokens[owner + 1].lower)
    }

    /// A person noun, singular or plural ("leaders", "spokeswomen" aside).
    func isPersonNoun(_ word: String) -> Bool {
        if personNouns.contains(word) || (word.hasSuffix("s") && personNouns.contains(String(word.dropLast()))) { return true }
        // A prefixed role: "co-leader", "then-president", "ex-minister";
        // an age: "32-year-old" ("year-old" is the noun).
        guard let hyphen = word.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
        let role = String(word[word.index(after: hyphen)...])
        if !role.isEmpty && isPersonNoun(role) { return true }
        guard let first = word.utf8.firstIndex(of: UInt8(ascii: "-")), first != hyphen else { return false }
        // A role and its phrase: "mother-of-three", "father-to-be".
        return personNouns.contains(String(word[word.index(after: first)...])) || personNouns.contains(String(word[..<first]))
    }

    /// A plural of a person noun ("leaders", "co-leaders"), not one that ends in s ("boss").
    func isPluralPersonNoun(_ word: String) -> Bool {
        // "deputies", "spokesmen": listed plurals whose singular is listed too.
        if word.hasSuffix("ies") && personNouns.contains(String(word.dropLast(3)) + "y") { return true }
        if word.hasSuffix("men") && personNouns.contains(String(word.dropLast(3)) + "man") { return true }
        // Listed plurals too ("sources", "officials"): "boss" has no listed "bos".
        return word.hasSuffix("s") && isPersonNoun(String(word.dropLast()))
    }

    /// "inc", "s.a." (lexicon corporate_suffixes, read without a final dot).
    func isCorporateSuffix(_ word: String) -> Bool {
        corporateSuffixes.contains(word.hasSuffix(".") ? String(word.dropLast()) : word)
    }

    /// A first name of either list, lower-cased; a particle too ("Al") only where `particles` says so:
    /// "Sheikh Mohammed bin Abdulrahman Al Thani" is not Al Thani.
    func isFirstName(_ word: String, particles allowed: Bool = false) -> Bool {
        (femaleNames.contains(word) || maleNames.contains(word)) && (allowed || !particles.contains(word))
    }

    /// The gender a subject pronoun says ("she": female); nil for "it", "they".
    func gender(ofPronoun word: String) -> EntityIndex.Gender? {
        malePronouns.contains(word) ? .male : femalePronouns.contains(word) ? .female : nil
    }

    /// A capitalized word that alone may stand for a place or start a
    /// sentence rather than a person ("Jordan", "Paris", "The").
    func mayNotBeFirstName(_ word: String) -> Bool {
        let lower = word.lowercased()
        return nameEnders.contains(lower) || countryNames.contains(lower) || placeNouns.contains(lower) || demonyms.contains(lower)
    }

    /// A name that `joinGroup` made, or written so: "Putin and Xi" (but see `isJoinedBodyName`).
    func isGroupName(_ name: String) -> Bool { name.utf8.containsBytes(groupJoiner) && !isJoinedBodyName(name) }

    /// One word joined to a name that ends in a body's noun, singular, is one
    /// body: "Avon and Somerset Police", "Food and Drug Administration" (not
    /// "Britain and France", "Labour and Conservative parties").
    private func isJoinedBodyName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count > 3, " \(words[1]) " == groupJoiner, !name.contains(","), let last = words.last?.lowercased(),
              orgNouns.contains(last) else { return false }
        return !last.hasSuffix("ies") && !(last.hasSuffix("s") && orgNouns.contains(String(last.dropLast())))
    }

    /// Names of a group as a list is written: "Britain, France and Germany".
    /// A stopword that is no determiner or pronoun: "of", "by", "with".
    func isFunctionWord(_ lowered: String) -> Bool {
        stopwords.contains(lowered) && !determiners.contains(lowered) && !pronouns.contains(lowered)
    }

    func joinGroup(_ names: [String]) -> String {
        guard names.count > 2 else { return names.joined(separator: groupJoiner) }
        return names.dropLast().joined(separator: ", ") + groupJoiner + names[names.count - 1]
    }

    /// A word of five letters or more with an opening phrase's ending
    /// ("exercising", "chastened", "asked") that is no first name ("Mohammed").
    func isOpeningParticiple(_ lowered: String) -> Bool {
        lowered.count >= 5 && openingPhraseSuffixes.contains { lowered.hasSuffix($0) }
            && !maleNames.contains(lowered) && !femaleNames.contains(lowered)
    }

    /// A word that may open a sentence's opening phrase: a participle ("Speaking")
    /// or a function word that is no determiner or pronoun ("In", "After"), lower-cased.
    func opensPhrase(_ lowered: String) -> Bool { isOpeningParticiple(lowered) || isFunctionWord(lowered) }

    /// A word that opens a side clause ("though", "while") or joins one ("and"), lower-cased.
    func opensClause(_ lowered: String) -> Bool { sideClauseOpeners.contains(lowered) || conjunctions.contains(lowered) }

    /// A nationality, as adjective or noun ("kenyan", "spaniard"), lower-cased.
    func isNationality(_ lowered: String) -> Bool { nationalities.contains(lowered) || demonyms.contains(lowered) }

    /// "Alzheimer's Research UK", "McDonald's": a name with a possessive in it (lexicon possessive_names).
    func isPossessiveName(_ tokens: some Collection<NameToken>) -> Bool {
        tokens.contains(where: \.isPossessive) && isPossessiveName(tokens.map(\.lower).joined(separator: " "))
    }

    /// "Council for Water", "Federation of Independent Business": after a
    /// body's noun and a function word, capitals go on naming the body.
    func continuesBodyName(body: String, link: String) -> Bool {
        stopwords.contains(link.lowercased()) && orgNouns.contains(body.lowercased())
    }

    /// The same for a name as written, words split by single spaces.
    func isPossessiveName(_ written: String) -> Bool {
        !possessiveNames.isEmpty && possessiveNames.contains(written.lowercased().replacingOccurrences(of: "’", with: "'"))
    }

    /// A title ("President", "Sen.", "sen"), in any case, with or without its dot.
    func isTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        return titles.contains(lower) || titles.contains(lower + ".")
    }

    /// Words that stop a personal name when read backwards from its end.
    func endsName(lowered word: String) -> Bool { nameEnders.contains(word) }
}
