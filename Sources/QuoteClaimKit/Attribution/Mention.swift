import Foundation

/// The words that name a speaker or source, read as a name, a pronoun or a
/// description ("the NATO chief", "some officials").
struct Mention: Sendable {
    enum Kind: Sendable {
        /// Name tokens without titles ("Jens Stoltenberg"); conjuncts for "X and Y".
        case name([[String]])
        case pronoun(String)
        /// Lower-cased words; `definite` for the/its/his, false for a/some;
        /// `owner`: a capitalized possessive before it ("turkey" in "Turkey’s
        /// defense ministry"), which names whose it is.
        case description(words: [String], definite: Bool, head: String, owner: String?)
    }

    let kind: Kind
    let asWritten: String
    let range: Range<Int>
    /// A part of it describes a person ("The leader of the CGT union, Sophie
    /// Binet"): the name it gives is a person's, even one the index does not know.
    var isPersonal = false
    /// The only name the text gives ("who gave his name only as Ali"): no
    /// fuller name of the index is this person (not Mohanad Hage Ali).
    var isGivenName = false

    /// Parses a speaker span. Appositions and parentheses are split off
    /// ("the secretary general of the Alliance, Jens Stoltenberg"); a name
    /// part wins over a description part.
    static func parse(_ text: UTF8Text, range: Range<Int>, lexicons: NameLexicons) -> Mention? {
        let span = text.trimmed(range)
        let asWritten = text.string(span)
        var tokens = NameTokenizer.tokens(in: text, range: span)
        guard !tokens.isEmpty else { return nil }
        // "al-Naim told Al Jazeera": a surname with a joined particle is a name.
        EntityIndex.markJoinedParticles(&tokens, lexicons: lexicons)
        markLeadingParticles(&tokens, lexicons: lexicons)
        if tokens.count == 1, lexicons.pronouns.contains(tokens[0].lower) {
            return Mention(kind: .pronoun(tokens[0].lower), asWritten: asWritten, range: span)
        }
        // "according to him", "In his words"
        if tokens.count == 1, let subject = lexicons.objectPronouns[tokens[0].lower] ?? lexicons.possessivePronouns[tokens[0].lower] {
            return Mention(kind: .pronoun(subject), asWritten: asWritten, range: span)
        }
        var description: Kind?
        var name: Kind?
        // "The Times, Mr Reed wrote": a name after a body named with "the" is the speaker.
        var nameIsBody = false
        var isPersonal = false
        var isGivenName = false
        let segments = segments(tokens, lexicons: lexicons)
        // "He, however, cautioned": an aside after a pronoun leaves the pronoun.
        if segments[0].count == 1, lexicons.pronouns.contains(segments[0][0].lower), segments.count > 1,
           segments.dropFirst().allSatisfy({ !$0.isEmpty && isClause($0, lexicons: lexicons) }) {
            let pronoun = segments[0][0]
            return Mention(kind: .pronoun(pronoun.lower), asWritten: pronoun.text, range: pronoun.range)
        }
        let kinds = segments.map { classify($0, lexicons: lexicons) }
        if let list = list(kinds) { return Mention(kind: list, asWritten: asWritten, range: span) }
        // "A spokesperson for the Department for Environment, Food and Rural Affairs": the commas list the body's name.
        if case .description = kinds[0], continuesBodyName(segments, lexicons: lexicons) {
            return Mention(kind: classify(segments.flatMap { $0 }, lexicons: lexicons), asWritten: asWritten, range: span, isPersonal: true)
        }
        var previousClause: [NameToken]?
        var personStart: Int?
        for (position, (segment, kind)) in zip(segments, kinds).enumerated() {
            defer { previousClause = (position > 0 && isClause(segment, lexicons: lexicons)) || namesPlace(kind, lexicons: lexicons) ? segment : nil }
            // "The study, published in the journal Advances in …,": a clause
            // set off by commas names no speaker. Nor does the region after
            // a clause's place ("from Rotherham, South Yorkshire").
            // "One protester, who gave his name only as Dave,", "My neighbor, a
            // retired nurse named Ellen,": the clause or apposition names the person.
            // "The group behind the attack, known as BlackLantern," names a body, not a person.
            if position > 0, name == nil, let given = givenName(in: segment, lexicons: lexicons) {
                name = .name([given])
                isPersonal = !isBodyDescription(description, lexicons: lexicons)
                isGivenName = true
                continue
            }
            // "Sam, 34, who asked that his surname not be used,": an age set off by commas is a person's.
            if position > 0, isAge(segment) { isPersonal = true; continue }
            if position > 0, isClause(segment, lexicons: lexicons) || continuesPlace(segment, after: previousClause) { continue }
            let isBody = lexicons.determiners.contains(segment[0].lower)
            if case .name = kind, name != nil, nameIsBody, !isBody { name = kind; nameIsBody = false }
            if isPersonDescription(kind, lexicons: lexicons) { isPersonal = true }
            // A role word right before the name: "former diplomat KC Singh".
            if case .name = kind, let first = segment.firstIndex(where: \.isCapitalized), first > 0,
               lexicons.isPersonNoun(segment[first - 1].lower) { isPersonal = true }
            if case .name = kind, name == nil { name = kind; nameIsBody = isBody }
            // A body set off before a person is no apposition of theirs: "read
            // to the court, one victim, an 84-year-old widow, said" is the victim.
            if description != nil, isBodyDescription(description, lexicons: lexicons), isPersonDescription(kind, lexicons: lexicons) {
                description = kind
                personStart = segment[0].range.lowerBound
            }
            if description == nil { description = kind }
        }
        guard let kind = name ?? description else { return nil }
        if name == nil, let personStart {
            let trimmed = personStart..<span.upperBound
            return Mention(kind: kind, asWritten: text.string(trimmed), range: trimmed, isPersonal: true)
        }
        return Mention(kind: kind, asWritten: asWritten, range: span, isPersonal: isPersonal, isGivenName: isGivenName)
    }

    private static func isBodyDescription(_ kind: Kind?, lexicons: NameLexicons) -> Bool {
        guard case .description(_, _, let head, _) = kind else { return false }
        return lexicons.orgNouns.contains(head) && !lexicons.isPersonNoun(head)
    }

    /// A segment that is one number a person's age could be: "34".
    private static func isAge(_ segment: [NameToken]) -> Bool {
        guard segment.count == 1, segment[0].text.utf8.count <= 3, let age = Int(segment[0].text) else { return false }
        return age > 0 && age < 120
    }

    private static func isPersonDescription(_ kind: Kind, lexicons: NameLexicons) -> Bool {
        guard case .description(_, _, let head, _) = kind else { return false }
        return lexicons.isPersonNoun(head)
    }

    /// "von der Leyen told reporters": particles that open the span before a
    /// capital belong to the surname.
    private static func markLeadingParticles(_ tokens: inout [NameToken], lexicons: NameLexicons) {
        guard let capital = tokens.prefix(3).firstIndex(where: \.isCapitalized), capital > 0,
              tokens[..<capital].allSatisfy({ lexicons.particles.contains($0.lower) }) else { return }
        for index in 0..<capital { tokens[index].isCapitalized = true }
    }

    /// A segment opened by a lower-case word that is no determiner, role or
    /// body noun: a participle or a preposition ("published in …", "of Dover");
    /// or a party label ("R-Tenn.").
    private static func isClause(_ segment: [NameToken], lexicons: NameLexicons) -> Bool {
        let first = segment[0]
        if segment.count == 1, first.isCapitalized { return isPartyLabel(first.text) }
        guard !first.isCapitalized else { return false }
        // "former quality manager Sam Salehpour": a role right before a name
        // (not "such as senator Bob Corker": a function word opens a clause).
        if let name = segment.firstIndex(where: \.isCapitalized), name > 0, lexicons.isPersonNoun(segment[name - 1].lower),
           !segment[..<name].contains(where: { lexicons.stopwords.contains($0.lower) }) {
            return false
        }
        let word = first.lower
        // "former Kenyan President Uhuru Kenyatta": a past role before capitals.
        if lexicons.formerWords.contains(word), segment.count > 1, segment[1].isCapitalized { return false }
        return !(lexicons.determiners.contains(word) || lexicons.indefinites.contains(word) || lexicons.possessives.contains(word)
                 || lexicons.isPersonNoun(word) || lexicons.isTitle(word) || lexicons.orgNouns.contains(word))
    }

    /// "The city of Grants Pass": a place noun (lexicon place_nouns) and its
    /// name, which a region after a comma goes on ("…, Oregon,").
    private static func namesPlace(_ kind: Kind, lexicons: NameLexicons) -> Bool {
        guard case .description(let words, _, let head, _) = kind, lexicons.placeNouns.contains(head),
              let of = words.firstIndex(of: head).map({ $0 + 1 }), of < words.count, lexicons.partOfPrepositions.contains(words[of]) else { return false }
        return true
    }

    /// A short capitalized segment right after a clause that ends in a
    /// capitalized word: the region of the place it names.
    private static func continuesPlace(_ segment: [NameToken], after clause: [NameToken]?) -> Bool {
        guard let clause, clause.last?.isCapitalized == true else { return false }
        return segment.count <= 3 && segment.allSatisfy(\.isCapitalized)
    }

    /// The capitalized words after a marker of lexicon name_markers ("gave
    /// her name only as Sarah"), up to three.
    private static func givenName(in segment: [NameToken], lexicons: NameLexicons) -> [String]? {
        let words = segment.map(\.lower)
        for marker in lexicons.nameMarkers where marker.count < words.count {
            guard let start = (0...(words.count - marker.count - 1)).first(where: { Array(words[$0..<($0 + marker.count)]) == marker }) else { continue }
            let name = segment[(start + marker.count)...].prefix { $0.isCapitalized }.prefix(3)
            if !name.isEmpty { return name.map(\.bare) }
        }
        return nil
    }

    /// A description ending in a capitalized name, then only capitalized
    /// words, the last part joined by a conjunction: one body's name in a list.
    private static func continuesBodyName(_ segments: [[NameToken]], lexicons: NameLexicons) -> Bool {
        guard segments.count >= 2, segments[0].count >= 3, segments[0].last?.isCapitalized == true,
              let last = segments.last, last.contains(where: { lexicons.conjunctions.contains($0.lower) || $0.gapWord == "&" }) else { return false }
        return segments.dropFirst().allSatisfy { segment in segment.allSatisfy { $0.isCapitalized || lexicons.conjunctions.contains($0.lower) } }
    }

    /// "R-Tenn.", "D-N.C.": a party's letter, a hyphen and a state.
    private static func isPartyLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(3))
        return bytes.count == 3 && bytes[0].isASCIIUppercase && bytes[1] == UInt8(ascii: "-") && bytes[2].isASCIIUppercase
    }

    /// "Britain, France and Germany": names split by commas, the last two
    /// joined by a conjunction, are one group.
    private static func list(_ kinds: [Kind]) -> Kind? {
        guard kinds.count > 1, case .name(let last) = kinds[kinds.count - 1], last.count > 1 else { return nil }
        var parts: [[String]] = []
        for kind in kinds.dropLast() {
            guard case .name(let conjuncts) = kind, conjuncts.count == 1 else { return nil }
            parts += conjuncts
        }
        return .name(parts + last)
    }

    /// Splits tokens at commas and dashes ("Kall -- co-editor of … --") and
    /// drops parenthesized parts ("(D-N.C.)").
    /// A business's suffix after a comma ends no segment: "Greenfield Foods, Inc.".
    private static func segments(_ tokens: [NameToken], lexicons: NameLexicons) -> [[NameToken]] {
        var segments: [[NameToken]] = [[]]
        var depth = 0
        for token in tokens {
            var split = false
            var previous: Character = " "
            // Most gaps are one space: nothing to read. A dash is "—", "–", "--" or a spaced "-".
            for character in token.gap == " " ? "" : token.gap {
                if character == ")" { depth = max(0, depth - 1) }
                else if character == "(" { depth += 1 }
                else if depth == 0 && (character == "," || character == "—" || character == "–" || (character == "-" && (previous == "-" || previous == " "))) {
                    split = true
                }
                previous = character
            }
            if split && !lexicons.isCorporateSuffix(token.bareLower) { segments.append([]) }
            if depth == 0 { segments[segments.count - 1].append(token) }
        }
        return segments.filter { !$0.isEmpty }
    }

    /// Letters (and dots) an acronym for a body may take: "U.N.", "NATO", "OPEC".
    private static let longestAcronym = 6

    private static func classify(_ segment: [NameToken], lexicons: NameLexicons) -> Kind {
        // "One of them said": the group "they" would be.
        if segment.count == 3, lexicons.stopwords.contains(segment[1].lower), let group = lexicons.objectPronouns[segment[2].lower],
           lexicons.groupPronouns.contains(group) {
            return .pronoun(group)
        }
        // "One said …" after "two of the people said": one of that group.
        if segment.count == 1, lexicons.groupMembers.contains(segment[0].lower), let group = lexicons.groupPronoun { return .pronoun(group) }
        // "one of the officials", "two of the sources": the group counted from, as "the officials" would be.
        if segment.count > 3, lexicons.countWords.contains(segment[0].lower) || lexicons.indefinites.contains(segment[0].lower),
           lexicons.stopwords.contains(segment[1].lower), lexicons.determiners.contains(segment[2].lower) {
            return classify(Array(segment[2...]), lexicons: lexicons)
        }
        // "Alzheimer's Research UK", "McDonald's": one name, not an owner and its noun.
        if lexicons.isPossessiveName(segment) { return .name([segment.map(\.text)]) }
        let first = segment[0].lower
        // A possessive opens a description like a determiner: "Apple’s chief
        // executive", "Calderdale council’s leader" (lower-case words after it).
        let possessive = possessiveLead(segment)
        let determiner = lexicons.determiners.contains(first) || lexicons.indefinites.contains(first) || possessive != nil
            || lexicons.possessives.contains(first)
        let body = determiner ? Array(segment[((possessive ?? 0) + 1)...]) : segment
        // The head is the last word before a preposition: "Mission" in "the Chinese Mission in the EU".
        // A segment that starts with a capital and no determiner is a name or
        // a named group ("Chinese media"); after a determiner, it is a name
        // when its head is capitalized ("the Chinese Mission in the EU").
        var headIndex = body.firstIndex { !$0.isCapitalized && lexicons.stopwords.contains($0.lower) }.map { $0 - 1 } ?? body.count - 1
        // A participle after the noun opens its phrase: "The man accused of murder", "the woman injured in the crash".
        // (Lower-case words, then a preposition: not "Officials Limited", "Council issued a statement".)
        if headIndex > 0, headIndex + 1 < body.count, body[headIndex].lower.hasSuffix("ed"),
           !body[headIndex].isCapitalized, !body[headIndex - 1].isCapitalized,
           !lexicons.determiners.contains(body[headIndex + 1].lower), !lexicons.indefinites.contains(body[headIndex + 1].lower),
           lexicons.isPersonNoun(body[headIndex - 1].lower) || lexicons.orgNouns.contains(body[headIndex - 1].lower) {
            headIndex -= 1
        }
        let head = headIndex >= 0 && headIndex < body.count ? body[headIndex] : segment[segment.count - 1]
        // A body's acronym and the head of it: a headline's "UN chief warns", "NATO chief says" is "the UN chief".
        if !determiner, segment.count == 2, segment[0].isAllCaps, segment[0].bare.count <= Self.longestAcronym,
           lexicons.genericHeads.contains(segment[1].lower) {
            return .description(words: segment.map(\.lower), definite: true, head: segment[1].lower, owner: nil)
        }
        // A party or nationality and a person noun name no one: "Tory MP defects".
        if !determiner, segment.count == 2, lexicons.personNouns.contains(segment[1].lower), !lexicons.isTitle(segment[1].lower),
           !lexicons.bareSources.contains(segment[1].lower),
           lexicons.rivalRoles[segment[0].lower] != nil || lexicons.isNationality(segment[0].lower) {
            return .description(words: segment.map(\.lower), definite: false, head: segment[1].lower, owner: nil)
        }
        // "Oregon-based company" (of "The Beaverton, Oregon-based company"): a description that lost its "the".
        if !determiner, segment.count > 1, segment[0].isCapitalized, NameToken.isAttributive(segment[0].text), !segment[1...].contains(where: \.isCapitalized) {
            return .description(words: segment.map(\.lower), definite: true, head: head.lower, owner: nil)
        }
        if !determiner && segment[0].isCapitalized {
            // A sentence's first word and role words before a name: "Grid operator Red Eléctrica",
            // "Consumer group Choice", "Spanish sports daily Marca".
            if let name = segment.dropFirst().prefix(4).firstIndex(where: \.isCapitalized), name > 1,
               segment[1..<name].allSatisfy({ !$0.isCapitalized }), segment[name...].allSatisfy(\.isCapitalized) {
                let role = segment[name - 1].lower
                if lexicons.isPersonNoun(role) || lexicons.orgNouns.contains(role) || lexicons.companyNouns.contains(role) {
                    return .name(conjuncts(Array(segment[name...]), lexicons: lexicons))
                }
            }
            return .name(conjuncts(ownedName(segment, lexicons: lexicons) ?? segment, lexicons: lexicons))
        }
        // Role words before a name: "columnist Mark Jones", "chief economist
        // Maury Obstfeld", "news agency Xinhua", also after an owner: "China's
        // foreign ministry spokesman Lin Jian", "Japan's new Prime Minister
        // Shigeru Ishiba".
        // After "the", only lower-case role words and a name to the end: "the
        // newspaper Folha de S. Paulo", "the agency Xinhua", "the former world
        // champion Ato Mensah" (not "the Justice Department").
        // "Russia's Defense Ministry": an owner's body named in capitals is one name, owner kept.
        if possessive != nil, !body.isEmpty, body.allSatisfy(\.isCapitalized), segment[0].isCapitalized,
           lexicons.orgNouns.contains(body[body.count - 1].bareLower) {
            return .name(conjuncts(segment, lexicons: lexicons))
        }
        let roleWords = determiner ? body : segment
        let roleEnd = body.prefix(4).firstIndex(where: \.isCapitalized) ?? 0
        // Also after "a" or "senior", role words alone and a full name: "Senior coroner Mary Hassell"
        // (not "A former aide to Senator Robert Menendez", "Some average Americans").
        let unnamed = lexicons.indefinites.contains(first)
        let namesAfterRole = possessive != nil || !determiner || ((lexicons.determiners.contains(first) || unnamed) && roleEnd > 0
            && body[roleEnd...].allSatisfy { $0.isCapitalized || lexicons.particles.contains($0.lower) }
            && (!unnamed || (body.count - roleEnd > 1 && !body[..<roleEnd].contains { lexicons.stopwords.contains($0.lower) })))
        // After "the" and several words, a person's role only: "A spokesperson for the company's largest
        // shareholder, the investment firm Aker Holding," speaks for the firm, and is no firm.
        let longRole = determiner && possessive == nil && roleEnd > 1
        if namesAfterRole,
           // A nationality qualifies the role: "former Kenyan President Uhuru Kenyatta".
           let first = roleWords.firstIndex(where: { $0.isCapitalized && !lexicons.isTitle($0.lower)
               && !lexicons.isNationality($0.lower) }), first > 0,
           // A body's noun alone is no name a title goes before: "the head of the Foreign Office".
           first + 1 < roleWords.count || !lexicons.orgNouns.contains(roleWords[first].bareLower),
           // A name runs to the end or to a function word: "Russia's deputy U.N. ambassador" is a role
           // ("lead author Dr. Chris Clarkson of the University of Queensland" is a name).
           roleWords[first...].prefix(while: { $0.isCapitalized || !lexicons.stopwords.contains($0.lower) })
            .allSatisfy({ $0.isCapitalized || lexicons.particles.contains($0.lower) }),
           lexicons.isPersonNoun(roleWords[first - 1].lower) || lexicons.isTitle(roleWords[first - 1].lower)
            || (lexicons.orgNouns.contains(roleWords[first - 1].lower) && !longRole)
            // "Her editor at the time, the late Charles Monteith,".
            || (first == 1 && lexicons.formerWords.contains(roleWords[0].lower)) {
            return .name(conjuncts(Array(roleWords[first...]), lexicons: lexicons))
        }
        // A capital inside the role words: "former Paralympic champion Hannah Cockroft".
        if namesAfterRole, let start = trailingNameStart(roleWords, lexicons: lexicons), start > 1,
           lexicons.isPersonNoun(roleWords[start - 1].lower) || lexicons.isTitle(roleWords[start - 1].lower) {
            return .name(conjuncts(Array(roleWords[start...]), lexicons: lexicons))
        }
        // "the Brazilian": one person, described by nationality.
        let demonym = body.count == 1 && lexicons.demonyms.contains(head.lower)
        // A capitalized person noun is a role ("The Chief Executive", "the Washington
        // Democrat", "A Conservative MP") unless a body's noun qualifies it: "The Daily Star" is a paper.
        let role = lexicons.personNouns.contains(head.lower)
            && !(headIndex > 0 && headIndex < body.count && lexicons.orgNouns.contains(body[headIndex - 1].lower))
        if determiner, !body.isEmpty, head.isCapitalized, body[0].isCapitalized, !role, !demonym {
            return .name(conjuncts(body, lexicons: lexicons))
        }
        let words = segment.map(\.lower)
        // Only "the/its/this …" point back to someone named before; "some
        // officials", "a source" and a bare "sources" are reported as written.
        let definite = lexicons.determiners.contains(first) || possessive != nil
        // The owner's last capitalized word: "korea" in "North Korea’s", "calderdale" in "Calderdale council’s".
        // A sentence's capital "The" is no owner: "The post's author" has none.
        let owner = possessive.flatMap { end in
            segment[...end].last(where: { $0.isCapitalized && !lexicons.determiners.contains($0.lower) })?.bareLower
        }
        // A body named by two words heads it: "the Philippine coast guard" is no guard.
        let compound = headIndex > 0 && headIndex < body.count ? body[headIndex - 1].lower + " " + head.lower : ""
        let noun = lexicons.orgNouns.contains(compound) ? compound : head.lower
        return .description(words: words, definite: definite, head: noun, owner: owner)
    }

    /// Where the capitalized words (and particles) that end `words` begin, when
    /// the first of them is capitalized.
    private static func trailingNameStart(_ words: [NameToken], lexicons: NameLexicons) -> Int? {
        var start = words.count
        while start > 0, words[start - 1].isCapitalized || lexicons.particles.contains(words[start - 1].lower) { start -= 1 }
        return start < words.count && words[start].isCapitalized ? start : nil
    }

    /// The name after an owner and its role words: "xAI" in "Elon Musk's
    /// artificial intelligence startup xAI".
    private static func ownedName(_ segment: [NameToken], lexicons: NameLexicons) -> [NameToken]? {
        guard let owner = segment.firstIndex(where: { $0.isCapitalized && $0.isPossessive }),
              let first = segment[(owner + 1)...].firstIndex(where: \.isCapitalized), first > owner + 1 else { return nil }
        let role = segment[first - 1].lower
        guard lexicons.isPersonNoun(role) || lexicons.orgNouns.contains(role) || lexicons.isTitle(role) else { return nil }
        return Array(segment[first...])
    }

    /// The possessive that opens a description: the first word, or one of
    /// the next four after capitalized ones, with only lower-case words
    /// after it ("Calderdale council’s leader", "Donald Trump’s campaign").
    private static func possessiveLead(_ segment: [NameToken]) -> Int? {
        if segment[0].isPossessive { return 0 }
        // Or a capitalized owner of up to five words, titles included: "North
        // Korea’s foreign ministry", "Prime Minister Keir Starmer's spokesman".
        guard let owner = segment.prefix(5).firstIndex(where: \.isPossessive), owner + 1 < segment.count,
              segment[..<owner].allSatisfy(\.isCapitalized),
              segment[(owner + 1)...].allSatisfy({ !$0.isCapitalized }) else { return nil }
        return owner
    }

    /// "Xi and Putin" → [["Xi"], ["Putin"]], possessive endings dropped.
    private static func conjuncts(_ tokens: [NameToken], lexicons: NameLexicons) -> [[String]] {
        var parts: [[NameToken]] = [[]]
        for (position, token) in tokens.enumerated() {
            // The conjunction is this word ("and") or the gap before it.
            let isWord = lexicons.conjunctions.contains(token.lower)
            let next = position + (isWord ? 1 : 0)
            if isWord || lexicons.conjunctions.contains(token.gapWord),
               !opensPhrase(next, tokens, lexicons: lexicons), !joinsOffice(at: next, tokens, lexicons: lexicons),
               !namesBody(parts[parts.count - 1], lexicons: lexicons), !holdsRolesOnly(parts[parts.count - 1], lexicons: lexicons),
               !continuesLinkedBody(parts[parts.count - 1], rest: tokens[next...], lexicons: lexicons) {
                parts.append([])
                if isWord { continue }
            }
            parts[parts.count - 1].append(token)
        }
        return parts.filter { !$0.isEmpty }.map { keepingAmpersands(words(of: $0, lexicons: lexicons), of: $0) }
    }

    /// "Co-founder and CEO Priya Natarajan", "Chairman and chief executive
    /// Tim Cook": roles alone before a conjunction are one person's roles.
    private static func holdsRolesOnly(_ part: [NameToken], lexicons: NameLexicons) -> Bool {
        !part.isEmpty && part.allSatisfy { lexicons.isPersonNoun($0.bareLower) || lexicons.isTitle($0.bareLower) }
    }

    /// "Victor Cha of the Center for Strategic and International Studies": a
    /// conjunction after a body's noun and a function word goes on naming the body.
    private static func namesBody(_ part: [NameToken], lexicons: NameLexicons) -> Bool {
        part.indices.dropFirst().contains { lexicons.continuesBodyName(body: part[$0 - 1].bareLower, link: part[$0].lower) }
    }

    /// "Det Supt Paul Kelly of Devon and Cornwall Police": after a name and a
    /// place link ("of"), capitals joined by the conjunction that end in a
    /// body's noun name one body ("Mike Lee of Utah and Chuck Schumer" are two).
    private static func continuesLinkedBody(_ part: [NameToken], rest: ArraySlice<NameToken>, lexicons: NameLexicons) -> Bool {
        guard let link = part.indices.dropFirst().last(where: { lexicons.placeLinks.contains(part[$0].lower) && part[$0 - 1].isCapitalized }),
              link + 1 < part.count, part[(link + 1)...].allSatisfy(\.isCapitalized),
              let last = rest.last, !rest.isEmpty, rest.allSatisfy(\.isCapitalized),
              !rest.contains(where: { lexicons.isFirstName($0.bareLower) }) else { return false }
        return lexicons.orgNouns.contains(last.bareLower)
    }

    /// "Health and Human Services Secretary Robert F. Kennedy Jr.": one word
    /// before the conjunction and capitalized words after it, up to a title,
    /// name one office; not "Putin and Chinese President Xi Jinping" (a
    /// nationality), nor "Biden and Secretary Blinken" (the title right after it).
    private static func joinsOffice(at position: Int, _ tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        guard position > 0, position < tokens.count, tokens[..<position].filter(\.isCapitalized).count == 1,
              !lexicons.isFirstName(tokens[0].bareLower),
              let title = tokens[position...].firstIndex(where: { lexicons.isTitle($0.bareLower) }), title > position,
              title + 1 < tokens.count, tokens[title + 1].isCapitalized else { return false }
        return tokens[position..<title].allSatisfy { $0.isCapitalized && !lexicons.isTitle($0.bareLower)
            && !lexicons.isNationality($0.bareLower) && !lexicons.countryNames.contains($0.bareLower) }
    }

    /// "observers in Virginia and around the country": after the conjunction,
    /// a lower-case word that no determiner is goes on a phrase; it starts no second name.
    private static func opensPhrase(_ position: Int, _ tokens: [NameToken], lexicons: NameLexicons) -> Bool {
        guard position < tokens.count, !tokens[position].isCapitalized else { return false }
        let word = tokens[position].lower
        return !(lexicons.determiners.contains(word) || lexicons.indefinites.contains(word) || lexicons.possessives.contains(word))
    }

    /// A token after " & ": "Johnson & Johnson", "Pacific Gas & Electric" name
    /// one business ("&" is no conjunction in the lexicon).
    private static func isAmpersand(_ token: NameToken) -> Bool { token.gapWord == "&" }

    /// The name's words with its "&" written back in, as the business writes its name.
    private static func keepingAmpersands(_ words: [String], of part: [NameToken]) -> [String] {
        guard words.count == part.count, part.dropFirst().contains(where: isAmpersand) else { return words }
        var written: [String] = []
        for (word, token) in zip(words, part) {
            if isAmpersand(token) && !written.isEmpty { written.append("&") }
            written.append(word)
        }
        return written
    }

    /// A possessive inside a name: "Alzheimer's Society" keeps it (a body's
    /// name ends in a body noun); "Russia's Vladimir Putin" is the person
    /// after the owner. Elsewhere possessive endings are dropped ("Putin's"),
    /// but a plural's before a lower-case word or in a body's name stays:
    /// "Parents' groups", "the Writers' Guild".
    private static func words(of part: [NameToken], lexicons: NameLexicons) -> [String] {
        let last = part[part.count - 1].bareLower
        // A body's noun, also in the plural ("Ukraine's Armed Forces").
        let isBody = lexicons.orgNouns.contains(last) || lexicons.orgNouns.contains(String(last.dropLast()))
        if let owner = part.dropLast().lastIndex(where: \.isPossessive), part[(owner + 1)...].allSatisfy(\.isCapitalized) {
            // The owner stays in a body's name.
            if isBody {
                return part.indices.map { $0 < part.count - 1 && part[$0].isPossessive ? part[$0].text : part[$0].bare }
            }
            // After a lower-case word the owner is inside a body's name: "Tom Sanders of King's College London".
            if part.count - owner > 2, part[..<owner].allSatisfy(\.isCapitalized) { return part[(owner + 1)...].map(\.bare) }
        }
        // A phrase with lower-case words keeps an owner inside it: "Passengers at London's King's Cross station".
        let isPhrase = part.contains { !$0.isCapitalized }
        return part.indices.map { index in
            let token = part[index]
            // The apostrophe stands in the gap before the next word; a body's name keeps it too ("European Writers' Council").
            if index + 1 < part.count, !part[index + 1].isCapitalized || isBody, token.text.hasSuffix("s"),
               let mark = part[index + 1].gapWord.first, mark == "'" || mark == "’" {
                return token.text + String(mark)
            }
            if isPhrase, token.isPossessive, index + 1 < part.count { return token.text }
            return NameToken.strippingPossessive(token.bare)
        }
    }
}
