import Foundation

/// Turns mentions into the fullest name the document gives, in text order:
/// names via the entity index, pronouns and descriptions via the speakers
/// and sources seen so far (the timeline).
public struct SpeakerResolver: Sendable {
    struct Event: Sendable {
        let offset: Int
        let name: String
        let isPerson: Bool
        let gender: EntityIndex.Gender?
        /// The name's words, lower-cased, and its title words.
        let words: [String]
        let titles: [String]
        /// A description kept as written ("Conservative leader"): no name that holds an office.
        let isUnresolved: Bool
        /// The noun of the description that named it ("company" in "The company denied").
        let calledBy: String?
        /// Written after a determiner ("the Associated Press"), as no person's name is.
        let isDetermined: Bool
        /// The gender of a possessive pronoun that owns it ("Her coach": female).
        let ownerGender: EntityIndex.Gender?

        /// `titles`: title words written with the name ("President Obama"),
        /// so that "the president" finds it later.
        init(offset: Int, name: String, isPerson: Bool, gender: EntityIndex.Gender?, titles: [String] = [], bodyWords: [String] = [],
             isUnresolved: Bool = false, calledBy: String? = nil, isDetermined: Bool = false, ownerGender: EntityIndex.Gender? = nil) {
            self.offset = offset
            self.name = name
            self.isPerson = isPerson
            self.gender = gender
            // A description kept as written is known by its words up to its
            // noun: "a transcript included in the report" is no report.
            let words = name.lowercased().spaceSeparatedWords
            let head = calledBy.flatMap { words.firstIndex(of: $0) }
            self.words = (head.map { Array(words[...$0]) } ?? words) + titles + bodyWords
            self.titles = titles
            self.isUnresolved = isUnresolved
            self.calledBy = calledBy
            self.isDetermined = isDetermined
            self.ownerGender = ownerGender
        }
    }

    public let index: EntityIndex
    let lexicons: NameLexicons
    /// The roles of people the text gives a deputy word ("Vice President Kamala
    /// Harris": vice, president), found once: only these heads rule deputies out.
    private let deputyQualified: Set<String>
    private(set) var timeline: [Event] = []
    /// Each word of an event's name → the events with it, in timeline order
    /// (offset, then arrival), so that a description finds the last earlier
    /// event sharing a word without comparing against every event.
    private var eventsByWord: [String: [(offset: Int, arrival: Int)]] = [:]
    /// Events in the order they arrived; `arrival` indexes it.
    private var arrived: [Event] = []
    /// The gender a name was given by a title, a first name or a pronoun
    /// ("she added"), for its earlier events that did not know it.
    private var learnedGender: [String: EntityIndex.Gender] = [:]
    /// Offices (lexicon rival_roles) a description gave a name: "The chancellor
    /// insisted" made Rachel Reeves no "mayor" later.
    private var learnedOffices: [String: Set<String>] = [:]

    /// The document's sentences and paragraphs: a pronoun that opens a
    /// sentence looks at the subject of the one before.
    private let sentences: [Range<Int>]
    private let paragraphs: [Range<Int>]
    /// The quotes, marks included, in text order: "“…,” he told reporters"
    /// opens its sentence with the quote, the pronoun right after.
    private let quotes: [Range<Int>]
    /// The document's text, to read the punctuation before a pronoun.
    private let text: UTF8Text

    init(index: EntityIndex, lexicons: NameLexicons, text: UTF8Text, sentences: [Range<Int>], paragraphs: [Range<Int>], quotes: [Range<Int>]) {
        self.index = index
        self.lexicons = lexicons
        deputyQualified = Set(index.persons.filter { !$0.roles.isDisjoint(with: lexicons.deputyWords) }.flatMap(\.roles))
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.quotes = quotes
    }

    /// Resolves `mention` as of `offset` and remembers the result for later pronouns.
    mutating func resolve(_ mention: Mention, at offset: Int, rule: CompiledRule, cue: String?) -> Speaker {
        var (name, method, isPerson, gender) = lookup(mention, at: offset)
        if case .name = mention.kind, mention.isPersonal { isPerson = true }
        if let name {
            let first = mention.asWritten.prefix { !$0.isWhitespace }.lowercased()
            remember(Event(offset: offset, name: name, isPerson: isPerson, gender: gender, titles: titles(of: mention), bodyWords: bodyWords(of: mention),
                           isUnresolved: method == .unresolved, calledBy: head(of: mention), isDetermined: lexicons.determiners.contains(first),
                           ownerGender: lexicons.possessivePronouns[first].flatMap(lexicons.gender(ofPronoun:))))
        }
        if let name, let gender, learnedGender[name] == nil { learnedGender[name] = gender }
        if method == .description, let name, let office = head(of: mention) ?? describedNationality(mention), lexicons.rivalRoles[office] != nil {
            learnedOffices[name, default: []].insert(office)
        }
        let confidence = (rule.definition.confidence * method.weight * 100).rounded() / 100
        return Speaker(name: name, asWritten: mention.asWritten, cue: cue, rule: rule.id, method: method,
                       confidence: confidence, isPerson: isPerson)
    }

    /// "The 23-year-old Italian, who …, said": a nationality after "the" (and a
    /// word or two in lower case) is a person described, not a name. The
    /// nationality, lower-cased (lexicon demonyms).
    private func describedNationality(_ mention: Mention) -> String? {
        guard case .name(let conjuncts) = mention.kind, conjuncts.count == 1, conjuncts[0].count <= 2,
              case let word = conjuncts[0].joined(separator: " ").lowercased(), lexicons.demonyms.contains(word) else { return nil }
        // The determiner may be the mention's own first word ("the New Zealander") or stand before it.
        let own = mention.asWritten.spaceSeparatedWords.dropLast(conjuncts[0].count)
        let start = mention.range.lowerBound
        let before = text.string(max(0, start - 32)..<start).split(whereSeparator: \.isWhitespace).map(String.init)
        let lead = (before + own).suffix(3)
        guard let the = lead.lastIndex(where: { lexicons.determiners.contains($0.lowercased()) }),
              lead[(the + 1)...].allSatisfy({ $0.first?.isLowercase == true || $0.first?.isNumber == true }),
              // One phrase: not "our system,” American said".
              lead[the...].allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else { return nil }
        return word
    }

    /// The noun of a description.
    private func head(of mention: Mention) -> String? {
        guard case .description(_, _, let head, _) = mention.kind else { return nil }
        return head
    }

    /// The title words of a single name ("President", "Sen."), lower-cased and undotted.
    private func titles(of mention: Mention) -> [String] {
        guard case .name(let parts) = mention.kind, parts.count == 1 else { return [] }
        return parts[0].filter(lexicons.isTitle).map { $0.lowercased() }
    }

    /// The capitals of a body written before a person's name, lower-cased: "Kremlin spokesman
    /// Dmitry Peskov" is "the Kremlin official" a sentence later. No title, nationality or owner.
    private func bodyWords(of mention: Mention) -> [String] {
        guard case .name(let parts) = mention.kind, parts.count == 1, let first = parts[0].first else { return [] }
        let written = mention.asWritten.spaceSeparatedWords
        let before = written.prefix { $0 != first }
        guard before.count < written.count else { return [] }
        return before.map { $0.lowercased() }.enumerated().filter { position, lower in
            before[position].first?.isUppercase == true && !lexicons.isTitle(lower) && !lexicons.isPersonNoun(lower)
                && !lexicons.determiners.contains(lower) && !lexicons.isNationality(lower) && NameToken.strippingPossessive(lower) == lower
        }.map(\.element)
    }

    mutating func remember(_ event: Event) {
        timeline.insert(event, at: end(before: event.offset + 1))
        arrived.append(event)
        // Most articles name a few dozen speakers: scanning them is cheaper
        // than keeping the index, which starts only for long documents.
        if arrived.count == Self.indexFrom {
            for (arrival, earlier) in arrived.enumerated() { index(earlier, arrival: arrival) }
        } else if arrived.count > Self.indexFrom {
            index(event, arrival: arrived.count - 1)
        }
    }

    private static let indexFrom = 64

    private mutating func index(_ event: Event, arrival: Int) {
        for word in Set(event.words) {
            let position = eventsByWord[word]?.partitionIndex { ($0.offset, $0.arrival) < (event.offset, arrival) } ?? 0
            eventsByWord[word, default: []].insert((event.offset, arrival), at: position)
        }
    }

    /// The last event before `offset` whose name shares a word with `words`.
    private func lastEvent(before offset: Int, sharing words: Set<String>) -> Event? {
        if arrived.count < Self.indexFrom { return earlier(than: offset).last { $0.words.contains(where: words.contains) } }
        var best: (offset: Int, arrival: Int)?
        for word in words {
            guard let list = eventsByWord[word] else { continue }
            let count = list.partitionIndex { $0.offset < offset }
            guard count > 0 else { continue }
            let entry = list[count - 1]
            if best == nil || entry > best! { best = entry }
        }
        return best.map { arrived[$0.arrival] }
    }

    /// Who counts as having spoken in a sentence.
    private enum Speaking { case anyone, notAGroup, person }

    /// Someone was said to speak in `range` (binary search in the sorted
    /// timeline): anyone, anyone but a group, or someone a "he" or "she" could be.
    private func hasEvent(in range: Range<Int>, _ who: Speaking = .anyone) -> Bool {
        let first = end(before: range.lowerBound)
        guard who != .anyone else { return first < timeline.count && timeline[first].offset < range.upperBound }
        return timeline[first...].prefix { $0.offset < range.upperBound }.contains { (who != .person || $0.isPerson) && !isGroup($0) }
    }

    /// The number of events before `offset` (the timeline is sorted by offset).
    private func end(before offset: Int) -> Int { timeline.partitionIndex { $0.offset < offset } }

    /// The last person, not a group, said to speak before `offset`.
    private func lastPersonEvent(before offset: Int) -> Event? { earlier(than: offset).last { $0.isPerson && !isGroup($0) } }

    /// Events before `offset`, without copying them.
    private func earlier(than offset: Int) -> ArraySlice<Event> { timeline[..<end(before: offset)] }

    /// A Q&A's "A:" is the first person the piece names in full before it,
    /// in its text: `paragraphs` leave out page furniture such as a byline
    /// ("By Jamie McGeever", rule boilerplate.byline).
    private func interviewee(before offset: Int) -> EntityIndex.Person? {
        let named = index.persons.filter(\.isConfirmed).compactMap { person in person.occurrences.first.map { (person, $0) } }
        return named.filter { $0.1 < offset && isArticleText($0.1) }.min { $0.1 < $1.1 }?.0
    }

    /// `offset` lies in a paragraph of the article, not in its furniture.
    private func isArticleText(_ offset: Int) -> Bool {
        let paragraph = paragraphIndex(of: offset)
        return paragraph < paragraphs.count && paragraphs[paragraph].contains(offset)
    }

    private func lookup(_ mention: Mention, at offset: Int) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?) {
        // "A" reads as an article, so the label is matched as written (a short one only: no copy per mention).
        if mention.range.count <= lexicons.longestInterviewLabel, lexicons.interviewLabels.contains(mention.asWritten.lowercased()),
           let person = interviewee(before: offset) {
            return (person.name, .description, true, person.gender)
        }
        switch mention.kind {
        case .name(let conjuncts):
            if mention.isGivenName, conjuncts.count == 1 { return (conjuncts[0].joined(separator: " "), .name, mention.isPersonal, nil) }
            // "Both deny the charges": a word for a pair alone, as "the pair" would be (lexicon pair_nouns).
            if conjuncts.count == 1, conjuncts[0].count == 1, case let word = conjuncts[0][0].lowercased(), lexicons.pairNouns.contains(word), !lexicons.isPersonNoun(word) {
                return resolveDescription(words: [word], definite: true, head: word, owner: nil, asWritten: mention.asWritten,
                                          at: mention.range.lowerBound, before: offset)
            }
            if let nationality = describedNationality(mention) {
                return resolveDescription(words: ["the", nationality], definite: true, head: nationality, owner: nil, asWritten: "the " + nationality,
                                          at: mention.range.lowerBound, before: offset)
            }
            let parts = conjuncts.map { resolveName($0) }
            if parts.count == 1 {
                guard parts[0].1 == .name, !parts[0].2 else { return parts[0] }
                if let named = headlineRole(conjuncts[0], at: mention.range.lowerBound) { return named }
                // "The Commission said" after "The European Commission on Thursday fined …".
                if conjuncts[0].count == 1, case let noun = conjuncts[0][0].lowercased(), lexicons.orgNouns.contains(noun),
                   let body = namedBody(head: noun, before: mention.range.lowerBound, reach: Self.bodyNameReach) {
                    return (body, .description, false, nil)
                }
                return parts[0]
            }
            return (lexicons.joinGroup(parts.map { $0.0 ?? "" }), .name, false, nil)
        case .pronoun(let word):
            if lexicons.groupMembers.contains(mention.asWritten.lowercased()), let group = openingGroup(before: mention.range.lowerBound) {
                return (group, .description, true, nil)
            }
            let resolved = resolvePronoun(word, before: offset, at: mention.range.lowerBound)
            // "One official said … Another cautioned": another member of a group met only through one member is no one named.
            // Nor is one person who spoke before ("Janelle Gale … Some employees reacted … “…,” one wrote").
            if lexicons.groupMembers.contains(mention.asWritten.lowercased()),
               resolved.0.map(index.confirms) == true
                || resolved.0?.spaceSeparatedWords.first.map({ lexicons.groupMembers.contains($0.lowercased()) }) == true {
                return (nil, .unresolved, resolved.2, nil)
            }
            return resolved
        case .description(let words, let definite, let head, let owner):
            // The clause may be part of the mention ("The official, who spoke on condition of anonymity, said").
            let comma = text.bytes[mention.range].firstIndex(of: UInt8(ascii: ",")) ?? mention.range.upperBound
            if definite && isKeptAnonymous(after: comma) {
                // No one named, but maybe the unnamed source met before: "two U.S. officials … The officials, who spoke on condition of anonymity".
                // Or an unnamed person ("An Egyptian security source said … The source, who spoke …"); never a named one.
                if let met = lastEvent(before: offset, sharing: [head]), !met.isPerson || !index.names(met.name) {
                    return (met.name, .description, lexicons.isPersonNoun(head), nil)
                }
                return (withoutDeterminer(mention.asWritten), .unresolved, lexicons.isPersonNoun(head), nil)
            }
            if lexicons.documentNouns.contains(head), let issuer = documentIssuer(of: mention, head: head, before: offset), issuer.1 != .unresolved { return issuer }
            if definite, words.count == 2, let place = lexicons.pairReferences.firstIndex(of: head) {
                guard let named = pairMember(place, before: mention.range.lowerBound) else { return (withoutDeterminer(mention.asWritten), .unresolved, true, nil) }
                return byDescription(named)
            }
            return resolveDescription(words: words, definite: definite, head: head, owner: owner, asWritten: mention.asWritten,
                                      at: mention.range.lowerBound, before: offset)
        }
    }

    /// "a statement from the airline": the issuer after the document noun,
    /// resolved as a mention of its own.
    private func documentIssuer(of mention: Mention, head: String, before offset: Int) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?)? {
        let tokens = NameTokenizer.tokens(in: text, range: mention.range)
        guard let noun = tokens.firstIndex(where: { $0.lower == head }), noun + 2 < tokens.count,
              lexicons.issuerLinks.contains(tokens[noun + 1].lower),
              let issuer = Mention.parse(text, range: tokens[noun + 2].range.lowerBound..<mention.range.upperBound, lexicons: lexicons) else { return nil }
        return lookup(issuer, at: offset)
    }

    /// "said the woman, who did not want to be named": the clause set off by
    /// a comma right after the description keeps its person unnamed (lexicon
    /// anonymity_markers). Read up to the clause's closing comma.
    private func isKeptAnonymous(after end: Int) -> Bool {
        guard let sentence = sentence(around: end), end < sentence.upperBound, text.bytes[end] == UInt8(ascii: ",") else { return false }
        let reach = min(sentence.upperBound, end + Self.anonymityReach)
        let close = text.bytes[(end + 1)..<reach].firstIndex(of: UInt8(ascii: ",")) ?? reach
        let clause = text.string((end + 1)..<close).lowercased()
        return lexicons.anonymityMarkers.contains { clause.contains($0) }
    }

    /// Bytes after a description in which its anonymity clause is read.
    private static let anonymityReach = 80

    /// "Rosa Alvarez, a home health aide who told me": a person named right
    /// before the comma that opens the description.
    private func apposedName(before start: Int) -> Int? {
        guard start >= 2, text.bytes[start - 2] == UInt8(ascii: ","), text.bytes[start - 1] == UInt8(ascii: " ") else { return nil }
        let window = max(0, start - 2 - Self.appositionReach)..<(start - 2)
        let tokens = NameTokenizer.tokens(in: text, range: window)
        let name = tokens.reversed().prefix { $0.isCapitalized }.reversed().map(\.bare)
        guard name.count >= 2, let found = index.person(for: Array(name)), index.persons[found].tokens.count >= 2 else { return nil }
        return found
    }

    /// How far before its comma a name set off by an apposition may start.
    private static let appositionReach = 40

    /// The person these name words stand for; a country alone is never a first name.
    private func person(named words: [String], excluding other: EntityIndex.Gender? = nil) -> Int? {
        let isPlace = words.count == 1 && lexicons.countryNames.contains(words[0].lowercased())
        if let found = index.person(for: words, excluding: other, byFirstName: !isPlace) { return found }
        // "al-Naim" is also written "Naim": the surname without its joined particle.
        guard words.count == 1, let hyphen = words[0].firstIndex(of: "-"),
              lexicons.particles.contains(words[0][..<hyphen].lowercased()) else { return nil }
        return index.person(for: [String(words[0][words[0].index(after: hyphen)...])], excluding: other, byFirstName: false)
    }

    /// "Coleen Rooney" is not Wayne Rooney: a capital word right before part of a person's name that is no
    /// title, role, body, office, place or acronym is another first name than the one the person has.
    private func namesAnother(_ person: EntityIndex.Person, before start: Int, in written: [String]) -> Bool {
        guard start > 0, person.tokens.count > written.count - start, case let word = written[start - 1], word.first?.isUppercase == true,
              !person.tokens.contains(word), NameToken.strippingPossessive(word) == word, word.uppercased() != word else { return false }
        let lower = word.lowercased()
        return !lexicons.mayNotBeFirstName(word) && !lexicons.isPersonNoun(lower) && !lexicons.orgNouns.contains(lower)
            && !lexicons.portfolios.contains(lower) && !lexicons.rivalRoles.keys.contains(lower)
    }

    /// A known person if the tokens, or their last few ("the Department of
    /// Defense American Sabrina Singh"), name one; otherwise the name as
    /// written ("Chinese Mission in the EU", "Chinese media").
    private func resolveName(_ written: [String]) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?) {
        // "Nicholas Ray KC" is Nicholas Ray.
        var tokens = written
        while tokens.count > 1, let last = tokens.last, lexicons.postNominals.contains(last) { tokens.removeLast() }
        // "Mr. Morgan of the Sierra Club": the person is before the connector;
        // "Clinton campaign spokesman Brian Fallon": the person ends the name.
        let connector = tokens.firstIndex { lexicons.stopwords.contains($0) }
        // "Representatives for Taylor Swift": people of the name, not the person it names.
        if connector == 1, lexicons.bareSources.contains(tokens[0].lowercased()) || lexicons.isPluralPersonNoun(tokens[0].lowercased()) {
            return (tokens.joined(separator: " "), .name, false, nil)
        }
        let candidates = connector.map { [Array(tokens[..<$0]), tokens] } ?? [tokens]
        // "Mr. Obama" is not Michelle Obama.
        let gendered = tokens.first { lexicons.maleWords.contains($0.lowercased()) || lexicons.femaleWords.contains($0.lowercased()) }?.lowercased()
        let other: EntityIndex.Gender? = gendered.map { lexicons.maleWords.contains($0) ? .female : .male }
        for candidate in candidates where !candidate.isEmpty {
            // "Dr Julian Thomas" is looked up from "Julian": "Dr Thomas" would be any Thomas ("Mr King" from "King").
            let named = min(candidate.firstIndex { !lexicons.isTitle($0) } ?? candidate.endIndex, candidate.count - 1)
            // "Consumer Council for Water" names no person called "Water".
            for start in candidate.indices where start >= named
                && !(start >= 2 && lexicons.continuesBodyName(body: candidate[start - 2], link: candidate[start - 1])) {
                let rest = Array(candidate[start...])
                if let found = person(named: rest, excluding: other), !namesAnother(index.persons[found], before: start, in: candidate) {
                    let person = index.persons[found]
                    return (person.name, person.tokens == rest ? .name : .surname, true, person.gender)
                }
            }
        }
        // Unknown: the name as written, without a leading title ("Mr Obama" →
        // "Obama"), unless it names a body ("State Department … Center").
        // "Harsh Pant of the Observer Research Foundation": the name before the
        // connector, when it has two capitalized words or more and no body or
        // role word ("Bank of England", "Prime Minister of India Narendra Modi",
        // "People familiar with the matter" stay).
        if let connector, connector >= 2, !tokens[..<connector].contains(where: { word in
            let lower = word.lowercased()
            return lower == word || lexicons.orgNouns.contains(lower) || lexicons.isTitle(lower) || lexicons.isPersonNoun(lower)
        }) {
            return resolveName(Array(tokens[..<connector]))
        }
        let untitled = tokens.drop(while: lexicons.isTitle)
        // Nor when no name follows it: "State officials" are not "officials".
        // Nor when a body's noun is in it: "State Bank of Pakistan".
        let keep = untitled.isEmpty || untitled.count > 3 || untitled.contains { lexicons.orgNouns.contains($0.lowercased()) }
            || untitled.first!.first?.isLowercase == true
        // A title makes it a person ("President Obama"); "Mr."/"Mrs." also a gender.
        let titled = !keep && untitled.count < tokens.count
        let gender: EntityIndex.Gender? = other.map(\.other)
        return ((keep ? tokens[...] : untitled).joined(separator: " "), .name, titled, titled ? gender : nil)
    }

    private func resolvePronoun(_ word: String, before offset: Int, at start: Int) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?) {
        if let said = lexicons.gender(ofPronoun: word) {
            // "She" says what the name did not: the person is a woman from here on.
            let other = said.other
            if kinOpensPreviousSentence(before: start, gender: said) { return (nil, .unresolved, true, said) }
            // "She has drawn criticism …, a charge she denies": inside a sentence that the same pronoun opens, the opener's person.
            let opener = sameOpeningPronoun(around: start, word: word) ?? start
            if let subject = previousSubject(at: opener, excluding: other) ?? earlierInSentence(before: start, gender: said) {
                return (index.persons[subject].name, .pronoun, true, index.persons[subject].gender ?? said)
            }
            if let addressed = addressedPerson(at: start, excluding: other) {
                return (index.persons[addressed].name, .pronoun, true, index.persons[addressed].gender ?? said)
            }
            if let subject = speakingSubject(before: start, excluding: other) {
                return (index.persons[subject].name, .pronoun, true, index.persons[subject].gender ?? said)
            }
            // "The Taoiseach has rejected … ¶ Speaking in Cork, Micheál Martin said … “…,” he said":
            // a full name no lexicon confirms that spoke last, in this paragraph, is nearer than a person before it.
            if let last = earlier(than: offset).last, last.words.count > 1, mayBePerson(last), inOneParagraph(last.offset, start) {
                return (last.name, .pronoun, true, said)
            }
            let found = latestPerson(before: offset, excluding: other, method: .pronoun)
            // Someone of unknown gender who spoke last is less sure than a person of the pronoun's gender just named.
            if let name = found.0, found.3 == nil, learnedGender[name] == nil,
               let named = onlyPersonOfGender(beforeSentenceOf: start, gender: said) {
                return (named, .pronoun, true, said)
            }
            // "Ofwat chief executive David Black told … “…,” she said": with no one of the pronoun's
            // gender named, the person who spoke last in the paragraph, whatever a first-name list says;
            // or the one who spoke last, at the previous paragraph's end ("Phil Ní Sheaghdha said … ¶ “…,” she said").
            if found.0 == nil, let last = lastPersonEvent(before: offset),
               inOneParagraph(last.offset, start) || spokeLastInPreviousParagraph(last, before: offset, at: start) {
                return (last.name, .pronoun, true, said)
            }
            if found.0 == nil, let lone = earlier(than: offset).last(where: mayBePerson) { return (lone.name, .pronoun, true, said) }
            return found.0 == nil ? found : (found.0, found.1, found.2, found.3 ?? said)
        }
        if lexicons.groupPronouns.contains(word), let group = pairSubject(at: start) ?? previousGroupSubject(at: start) ?? ownGroupSubject(at: start) {
            return (group, .pronoun, false, nil)
        }
        let wantsThing = lexicons.thingPronouns.contains(word)
        if wantsThing, let tokens = openingTokens(before: start) {
            if let name = openingName(tokens) { return (name, .pronoun, false, nil) }
            if let body = openingBody(tokens) {
                let found = lookup(body, at: body.range.lowerBound)
                if let name = found.0, !found.2 { return (name, .pronoun, false, nil) }
            }
        }
        if wantsThing, let body = previousThingSubject(before: start) {
            // Named nearby, or by its own words: "The ad" is not an ad of an earlier story in a live blog.
            let found = lookup(body, at: body.range.lowerBound)
            let nearby = paragraphs[max(0, paragraphIndex(of: start) - 2)].lowerBound..<start
            if let name = found.0, !found.2, found.1 == .unresolved || text.containsWord(name.lowercased(), in: nearby) {
                return (name, .pronoun, false, nil)
            }
        }
        if let event = earlier(than: offset).last(where: { !wantsThing || !$0.isPerson }) {
            return (event.name, .pronoun, event.isPerson, event.gender)
        }
        return (nil, .unresolved, false, nil)
    }

    /// "Anthropic on Tuesday released a model that it says beats rivals": "it"
    /// inside a sentence is the organisation that opens it (after a
    /// dateline), named before or not. Not a person, nor a name that only
    /// qualifies a noun ("Apple's phone", "OpenAI rival unveils model it says").
    private func openingName(_ opening: [NameToken]) -> String? {
        var tokens = opening
        if let first = tokens.first, lexicons.determiners.contains(first.lower) { tokens.removeFirst() }
        // "London-based Brightwave": the place is no part of the name.
        if let first = tokens.first, tokens.count > 1, NameToken.isAttributive(first.text) { tokens.removeFirst() }
        // An owner and its body are one: "Taiwan's Presidential Office thanked Washington for the sale, which it said …".
        let runs = EntityIndex.capitalizedRuns(tokens, lexicons: lexicons)
        guard var run = runs.first else { return nil }
        // "Shares of Vantor Systems fell …": a lone opening capital the text never writes
        // capitalized inside a sentence is a common noun; the name is the one after its preposition.
        if run == 0..<1, tokens.count > 2, !tokens[1].isCapitalized, tokens[1].gap == " ", runs.count > 1, runs[1].lowerBound == 2,
           !text.occursMidSentence(tokens[0].bare, in: articleWindow(around: tokens[0].range), besides: tokens[0].range.lowerBound),
           let named = openingName(Array(tokens[2...])) {
            return named
        }
        // "McDonald's shares fell after the company said": a name with a possessive in it is the business.
        let possessiveName = lexicons.isPossessiveName(tokens[run])
        if !possessiveName, tokens[run.upperBound - 1].isPossessive, runs.count > 1, runs[1].lowerBound == run.upperBound {
            run = run.lowerBound..<runs[1].upperBound
        }
        // A quote's first words are no organisation: "“Allegations of … are absurd,” it said".
        guard run.lowerBound == 0, !quotes.contains(where: { $0.contains(tokens[run.lowerBound].range.lowerBound) }),
              run.upperBound < tokens.count, !tokens[run.upperBound].isCapitalized, possessiveName || !tokens[run.upperBound - 1].isPossessive,
              !lexicons.isPersonNoun(tokens[run.upperBound].lower), !lexicons.orgNouns.contains(tokens[run.upperBound].lower),
              !tokens[run].contains(where: { lexicons.endsName(lowered: $0.bareLower) }) else { return nil }
        // "Nike Inc.": the legal ending is no part of the name the business goes by.
        if run.count > 1, lexicons.isCorporateSuffix(tokens[run.upperBound - 1].bareLower) { run = run.lowerBound..<(run.upperBound - 1) }
        if possessiveName { return tokens[run].map(\.text).joined(separator: " ") }
        let words = tokens[run].map(\.bare)
        guard person(named: words) == nil else { return nil }
        // The owner keeps its possessive: "Taiwan's Presidential Office".
        return run.map { tokens[$0].isPossessive && $0 < run.upperBound - 1 ? tokens[$0].text : tokens[$0].bare }.joined(separator: " ")
    }

    /// The words of the sentence before a pronoun inside it, after any
    /// dateline; nil after a comma (", it has proposed" is the main clause's
    /// subject after an opening phrase, not a clause of it) unless
    /// `evenAfterComma` (", its own figures show" is the subject's).
    private func openingTokens(before start: Int, evenAfterComma: Bool = false) -> [NameToken]? {
        guard let sentence = sentence(around: start), sentence.lowerBound < start, evenAfterComma || !followsComma(start, in: sentence) else { return nil }
        var tokens = withoutDateline(NameTokenizer.tokens(in: text, range: sentence.lowerBound..<start))
        // A phrase before the subject: "In company news, shares of … tumbled after it warned".
        if let first = tokens.first, lexicons.placePrepositions.contains(first.bareLower) || lexicons.opensClause(first.bareLower),
           let comma = tokens.prefix(Self.phraseReach).firstIndex(where: { $0.gap.hasPrefix(",") }) {
            tokens.removeFirst(comma)
        }
        return tokens
    }

    /// The tokens after a wire's dateline; a lone hyphen ends one only after
    /// the agency's parenthesis: "WASHINGTON (Reuters) - ".
    private func withoutDateline(_ tokens: [NameToken]) -> [NameToken] {
        guard let dateline = tokens.prefix(Self.datelineReach).lastIndex(where: {
            $0.gap.contains("—") || $0.gap.contains("–") || $0.gap.contains("--") || $0.gap.contains(") - ")
        }) else { return tokens }
        return Array(tokens.dropFirst(dateline))
    }

    /// "Russian state television later broadcast footage it said showed …",
    /// "The company released figures it says show …": "it" inside a sentence
    /// is the body a description opening the sentence names: a few words up
    /// to a body noun (lexicon org_nouns), then a lower-case word. A body
    /// noun that opens the sentence names no body ("Company officials"). A
    /// name right after the noun is the body: "shares of chipmaker Vantix
    /// tumbled after it warned".
    private func openingBody(_ tokens: [NameToken]) -> Mention? {
        guard tokens.count > 2,
              let head = tokens.prefix(Self.bodyReach).firstIndex(where: { lexicons.orgNouns.contains($0.bareLower) }),
              head > 0, head + 1 < tokens.count, tokens[head + 1].gap == " ",
              !tokens[1...head].contains(where: { $0.gapHasPunctuation }),
              !quotes.contains(where: { $0.contains(tokens[0].range.lowerBound) }) else { return nil }
        guard tokens[head + 1].isCapitalized else {
            return Mention.parse(text, range: tokens[0].range.lowerBound..<tokens[head].range.upperBound, lexicons: lexicons)
        }
        let rest = Array(tokens[(head + 1)...])
        guard let run = EntityIndex.capitalizedRuns(rest, lexicons: lexicons).first, run.lowerBound == 0,
              run.upperBound < rest.count, !rest[run.upperBound].isCapitalized else { return nil }
        return Mention.parse(text, range: rest[0].range.lowerBound..<rest[run.upperBound - 1].range.upperBound, lexicons: lexicons)
    }

    /// "The lawsuit, filed Thursday …, seeks $15 million. It claims …": "it"
    /// opening a sentence is the thing that opens the sentence before, in
    /// the same paragraph, when no one spoke there: a determiner and a few
    /// words up to a body noun (lexicon org_nouns), then no capital.
    private func previousThingSubject(before start: Int) -> Mention? {
        guard let own = sentence(around: start), own.lowerBound == start,
              let previous = sentences.last(where: { $0.upperBound <= own.lowerBound }),
              inOneParagraph(previous.lowerBound, start), !hasEvent(in: previous) else { return nil }
        let tokens = withoutDateline(NameTokenizer.tokens(in: text, range: previous))
        guard let first = tokens.first, lexicons.determiners.contains(first.lower),
              let head = tokens.prefix(Self.bodyReach).firstIndex(where: { lexicons.orgNouns.contains($0.bareLower) }),
              head > 0, head + 1 < tokens.count, !tokens[head + 1].isCapitalized,
              !tokens[1...head].contains(where: { $0.gapHasPunctuation || lexicons.isPersonNoun($0.lower) }) else { return nil }
        return Mention.parse(text, range: first.range.lowerBound..<tokens[head].range.upperBound, lexicons: lexicons)
    }

    /// Words a description opening a sentence may take up to its body noun: "Russia's state-run television".
    private static let bodyReach = 5

    /// Tokens a dateline may take before its dash: "SANTA CLARA, Calif. (AP) —".
    private static let datelineReach = 8

    /// Tokens an opening phrase may take before its comma: "In a statement on its website,".
    private static let phraseReach = 10

    /// "Sen. Tommy Tuberville … voted against the bill. He said …": a pronoun
    /// that opens a sentence, or follows the quote or phrase that opens it
    /// ("“…,” he told state media", "Speaking in Tehran, he said"), is the
    /// person who opens the sentence before, in the same paragraph, when
    /// nobody was said to speak in that sentence. A paragraph that opens
    /// with the pronoun looks back to the last
    /// sentence of the paragraph before, but only to someone known to be of
    /// the pronoun's gender ("Dame Maggie Smith … ¶ Smith won Oscars … ¶
    /// She once said").
    private func previousSubject(at start: Int, excluding other: EntityIndex.Gender) -> Int? {
        let anchor = openingQuoteStart(before: start) ?? start
        // A body that spoke there ("the council rejected …") is no "he" or "she".
        if let (sentence, previous) = quietPreviousSentence(at: anchor, .person) {
            guard sentence.lowerBound == anchor || followsOpeningPhrase(start, sentence: sentence)
                    || followsOpener(start, sentence: sentence) || followsShortPhrase(start, sentence: sentence) else { return nil }
            return subjectPerson(of: previous, excluding: other) ?? subjectBeforePronounSubject(previous, excluding: other)
        }
        // The paragraph before may close on a thing: "Born in Kiruna, Lindqvist
        // first travelled … Her 1979 paper was dismissed … ¶ She later recalled".
        for previous in quietSentencesOfPreviousParagraph(opening: anchor) {
            // "Trump has record low support … He recently pitched himself … ¶ “…,” he said".
            guard let found = subjectBeforePronounSubject(previous, excluding: other)
                    ?? index.firstPerson(in: subjectRange(of: previous), excluding: other) else { continue }
            // Of unknown gender, the subject still is the pronoun's person when
            // everyone else the sentence names is known to be of the other
            // gender ("Dr. Kim Oyelowo … overseen by Kofi Annan. ¶ “…,” she said").
            guard index.persons[found].gender == other.other
                    || index.people(in: previous, where: { $0.gender != other }) == [found] else { return nil }
            return found
        }
        return nil
    }

    /// "Fans flocked to social media, with one writing: …": a group member
    /// in mid-sentence is one of the group that opens the sentence (a plural
    /// of lexicon bare_sources within its first words).
    private func openingGroup(before start: Int) -> String? {
        let position = sentences.partitionIndex { $0.upperBound <= start }
        guard position < sentences.count, sentences[position].lowerBound < start else { return nil }
        let words = text.string(sentences[position].lowerBound..<start).spaceSeparatedWords.prefix(Self.openingGroupWords)
        guard let head = words.lastIndex(where: { lexicons.bareSources.contains($0.lowercased()) }) else { return nil }
        // Plain words only: not "“Calling people …,” one wrote", whose group is met before.
        let group = words[...head]
        guard group.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }) else { return nil }
        return group.joined(separator: " ")
    }

    /// Words a sentence's opening group may take up to its plural: "Other parents", "Many angry residents".
    private static let openingGroupWords = 3

    /// "Andy Burnham and Steve Rotheram met … The former said": the person named
    /// first (`place` 0) or last among the people of the latest sentence, up to
    /// `start`, that names two, within a paragraph or two's reach.
    private func pairMember(_ place: Int, before start: Int) -> Int? {
        var position = sentences.partitionIndex { $0.upperBound <= start }
        while position >= 0 {
            let range = position < sentences.count ? sentences[position].lowerBound..<min(start, sentences[position].upperBound) : start..<start
            guard start - range.lowerBound <= Self.pairMemberReach else { return nil }
            var named: [Int] = []
            for occurrence in index.occurrences(in: range) where !named.contains(occurrence.person) { named.append(occurrence.person) }
            if named.count > 1 { return place == 0 ? named[0] : named[named.count - 1] }
            position -= 1
        }
        return nil
    }

    /// Bytes back from "the former" to the sentence that named the two.
    private static let pairMemberReach = 1_500

    /// The start of the sentence around `start` when that sentence opens with the pronoun `word` too.
    private func sameOpeningPronoun(around start: Int, word: String) -> Int? {
        // (Not a sentence that starts inside a quote: "“Anna was our only child. She was kind …,” she said".)
        guard let sentence = sentence(around: start), sentence.lowerBound < start, !quotes.contains(where: { $0.contains(sentence.lowerBound) }),
              text.firstWord(in: sentence)?.lowercased() == word.lowercased() else { return nil }
        return sentence.lowerBound
    }

    /// "Lindner said Scholz had demanded that he suspend the debt brake. “…,” he said": a pronoun
    /// (or its quote) opening a sentence is the subject who spoke in the sentence before, in the
    /// paragraph, not someone that subject reported on.
    private func speakingSubject(before start: Int, excluding other: EntityIndex.Gender) -> Int? {
        let anchor = openingQuoteStart(before: start) ?? start
        let position = sentences.partitionIndex { $0.upperBound <= anchor }
        guard position > 0, position < sentences.count, sentences[position].lowerBound == anchor else { return nil }
        let previous = sentences[position - 1]
        guard inOneParagraph(previous.lowerBound, anchor), let subject = index.firstPerson(in: subjectRange(of: previous), excluding: other)
        else { return nil }
        let name = index.persons[subject].name
        let spoke = timeline[end(before: previous.lowerBound)...].prefix { $0.offset < previous.upperBound }
        // The subject spoke first there, and someone else after: what the subject reported.
        guard spoke.first?.name == name, spoke.contains(where: { $0.name != name && $0.isPerson }) else { return nil }
        return subject
    }

    /// The first person named in the sentence's subject who owns no other person there: in "Taylor's
    /// mother, Tamika Palmer, addressed the court" the subject is Tamika Palmer; in "Taylor's mother
    /// spoke", no one named ("Mr. Obama's bet is …" is still Obama's).
    private func subjectPerson(of sentence: Range<Int>, excluding other: EntityIndex.Gender) -> Int? {
        let range = subjectRange(of: sentence)
        let tokens = NameTokenizer.tokens(in: text, range: range)
        return index.firstPerson(in: range, where: { $0.gender != other }, at: { !self.lexicons.ownsPerson(at: $0, in: tokens) })
    }

    /// "The exchange drew a response from Senator Maria Cantwell. “…,” she
    /// posted": a pronoun (or its quote) opening a sentence is the one person
    /// of its gender named in the quiet sentence before, in the paragraph.
    private func onlyPersonOfGender(beforeSentenceOf start: Int, gender: EntityIndex.Gender) -> String? {
        let anchor = openingQuoteStart(before: start) ?? start
        // Or, opening a paragraph, the quiet sentence that closes the one before: "…, whose chair,
        // Lauren Hughes, called the decision “rushed.” ¶ “We support cycling,” she said".
        let before = quietPreviousSentence(at: anchor, .person).flatMap { $0.0.lowerBound == anchor ? $0.1 : nil }
            ?? quietSentencesOfPreviousParagraph(opening: anchor).first
        guard let previous = before else { return nil }
        let named = index.people(in: previous) { $0.gender == gender }
        return named.count == 1 ? named.first.map { index.persons[$0].name } : nil
    }

    /// "Ellis was more cautious. She waited two weeks. “…,” she said": a quiet
    /// sentence whose subject is the same pronoun passes it on from the
    /// quiet sentence before, in the same paragraph.
    private func subjectBeforePronounSubject(_ sentence: Range<Int>, excluding other: EntityIndex.Gender) -> Int? {
        guard let word = text.firstWord(in: sentence),
              lexicons.gender(ofPronoun: word) == other.other,
              let (_, before) = quietPreviousSentence(at: sentence.lowerBound, .person) else { return nil }
        return index.firstPerson(in: subjectRange(of: before), excluding: other)
    }

    /// "Hale's office pointed to a letter in which she asked …": a pronoun
    /// inside a clause of a sentence is the person of its gender who opens
    /// the sentence. Not after a comma ("Asked about Mansueto's statement,
    /// he said"), nor in a sentence that quotes ("“Too Late Powell …,” he wrote").
    private func earlierInSentence(before start: Int, gender: EntityIndex.Gender, evenAfterComma: Bool = false) -> Int? {
        guard let sentence = sentence(around: start), sentence.lowerBound < start, evenAfterComma || !followsComma(start, in: sentence) else { return nil }
        guard !quotes(overlap: sentence) else { return nil }
        // Of that gender; or of none known yet when the name opens the sentence
        // ("Jordan Ellis, 27, appeared in court, where he pleaded not guilty"; not "The Spaniard added that he expected Saka …").
        let subject = subjectRange(of: sentence)
        return index.firstPerson(in: subject, excluding: gender.other).flatMap { found in
            let person = index.persons[found]
            if person.gender == gender { return found }
            guard person.gender == nil, let at = person.firstOccurrence(in: subject),
                  at == subject.lowerBound || namedAfterRole(subject.lowerBound..<at) else { return nil }
            // An owner opens no clause: "Holt’s colleague Matt Lauer … after he asked".
            return isOwner(at: at, before: subject.upperBound) ? nil : found
        }
    }

    /// "Villa boss Unai Emery was furious with the decision, which he said …":
    /// role words before the name, the last a title or person noun, no owner among them.
    private func namedAfterRole(_ range: Range<Int>) -> Bool {
        let tokens = NameTokenizer.tokens(in: text, range: range)
        guard let last = tokens.last, lexicons.isTitle(last.bareLower) || lexicons.isPersonNoun(last.bareLower) else { return false }
        return !tokens.contains(where: \.isPossessive)
    }

    /// Some quote lies (in part) in `range`. Quotes are in text order: the
    /// first one ending after the range starts is the only one to check.
    private func quotes(overlap range: Range<Int>) -> Bool {
        let next = quotes.partitionIndex { $0.upperBound <= range.lowerBound }
        return next < quotes.count && quotes[next].lowerBound < range.upperBound
    }

    /// The sentence that holds `offset` (or ends right at it).
    private func sentence(around offset: Int) -> Range<Int>? {
        let position = sentences.partitionIndex { $0.upperBound < offset }
        return position < sentences.count && sentences[position].lowerBound <= offset ? sentences[position] : nil
    }

    /// The last thing before `start` in its sentence is a comma: an opening phrase ends there.
    private func followsComma(_ start: Int, in sentence: Range<Int>) -> Bool {
        text.bytes[sentence.lowerBound..<start].last { $0 != 0x20 } == UInt8(ascii: ",")
    }

    /// The sentences of the paragraph before, last first, when `start` opens
    /// its own paragraph: up to the first one in which somebody was said to speak.
    private func quietSentencesOfPreviousParagraph(opening start: Int) -> [Range<Int>] {
        let paragraph = paragraphIndex(of: start)
        guard paragraph > 0, paragraph < paragraphs.count, paragraphs[paragraph].lowerBound == start else { return [] }
        let end = sentences.partitionIndex { $0.upperBound <= start }
        let first = sentences.partitionIndex { $0.lowerBound < paragraphs[paragraph - 1].lowerBound }
        guard first < end else { return [] }
        // A group's words leave it quiet: "Her 1979 paper was dismissed by some colleagues as “alarmist.” ¶ She later recalled".
        return Array(sentences[first..<end].reversed().prefix { !hasEvent(in: $0, .notAGroup) })
    }

    /// "“…,” he told state media": the quote right before `start` opens a
    /// sentence, so the pronoun's sentence starts where the quote does (also
    /// when a "?" inside it split the sentence: "“Unprecedented? We had
    /// floods,” she said").
    private func openingQuoteStart(before start: Int) -> Int? {
        let found = quotes.partitionIndex { $0.upperBound < start - Self.quoteGap }
        guard found < quotes.count, quotes[found].upperBound <= start else { return nil }
        let quote = quotes[found]
        let position = sentences.partitionIndex { $0.upperBound <= quote.lowerBound }
        return position < sentences.count && sentences[position].lowerBound == quote.lowerBound ? quote.lowerBound : nil
    }

    /// "Sen. Maria Cantwell asked Whitaker whether … “Yes,” he replied": when
    /// only people of the other gender spoke in the sentence before (same
    /// paragraph), "he" or "she" is the one other person named there.
    private func addressedPerson(at start: Int, excluding other: EntityIndex.Gender) -> Int? {
        let anchor = openingQuoteStart(before: start) ?? start
        let position = sentences.partitionIndex { $0.upperBound <= anchor }
        let paragraph = paragraphIndex(of: anchor)
        guard position > 0, paragraph < paragraphs.count, paragraphs[paragraph].lowerBound <= sentences[position - 1].lowerBound else { return nil }
        let previous = sentences[position - 1]
        let spoke = timeline[end(before: previous.lowerBound)...].prefix { $0.offset < previous.upperBound }
        guard !spoke.isEmpty, spoke.allSatisfy({ $0.isPerson && ($0.gender ?? learnedGender[$0.name]) == other }) else { return nil }
        let speakers = Set(spoke.map(\.name))
        let accept = { (person: EntityIndex.Person) in person.gender != other && !speakers.contains(person.name) }
        guard let found = index.firstPerson(in: previous, where: accept),
              let at = index.persons[found].firstOccurrence(in: previous),
              index.firstPerson(in: (at + 1)..<previous.upperBound, where: { accept($0) && $0.name != index.persons[found].name }) == nil else { return nil }
        return found
    }

    /// The sentence holding `start`, and the one before it when that is in
    /// the same paragraph and nobody (or no one `who` counts) was said to speak in it.
    private func quietPreviousSentence(at start: Int, _ who: Speaking = .anyone) -> (Range<Int>, Range<Int>)? {
        let position = sentences.partitionIndex { $0.upperBound <= start }
        guard position > 0, position < sentences.count else { return nil }
        let previous = sentences[position - 1]
        let paragraph = paragraphIndex(of: start)
        guard paragraph < paragraphs.count, paragraphs[paragraph].lowerBound <= previous.lowerBound,
              !hasEvent(in: previous, who) else { return nil }
        return (sentences[position], previous)
    }

    /// "Alfred: My mother. She told me, “…”": a pronoun (or its quote) opening a sentence
    /// after one of its paragraph that opens, past a transcript label, with someone's kin of
    /// the pronoun's gender ("My mother", "His wife") is that unnamed person.
    private func kinOpensPreviousSentence(before start: Int, gender: EntityIndex.Gender) -> Bool {
        let anchor = openingQuoteStart(before: start) ?? start
        let position = sentences.partitionIndex { $0.upperBound <= anchor }
        guard position > 0, position < sentences.count, sentences[position].lowerBound == anchor,
              paragraphs.indices.contains(paragraphIndex(of: anchor)),
              paragraphs[paragraphIndex(of: anchor)].lowerBound <= sentences[position - 1].lowerBound else { return false }
        // The first words alone first: most sentences open with no possessive, and are not tokenized whole.
        let previous = sentences[position - 1]
        let opening = NameTokenizer.tokens(in: text, range: previous.lowerBound..<min(previous.upperBound, previous.lowerBound + Self.kinReach))
        guard opening.prefix(3).contains(where: { lexicons.possessives.contains($0.lower) }) else { return false }
        let tokens = NameTokenizer.tokens(in: text, range: previous)
        guard let owner = tokens.prefix(3).firstIndex(where: { lexicons.possessives.contains($0.lower) }), owner + 1 < tokens.count,
              tokens[..<owner].allSatisfy({ $0.isCapitalized }),
              // Unnamed: "His wife, Ruth, smiles" names her; "Her husband said …" spoke, and is resolved.
              !tokens[(owner + 1)...].contains(where: { $0.isCapitalized }),
              !timeline.contains(where: { tokens[owner + 1].range.upperBound <= $0.offset && $0.offset < previous.upperBound })
        else { return false }
        return (gender == .female ? lexicons.femaleWords : lexicons.maleWords).contains(tokens[owner + 1].bareLower)
    }

    /// Bytes that hold a transcript label and a possessive: "Alfred: My".
    private static let kinReach = 40

    /// "Obama said … “…,” he said" with no person known: a speaker named by
    /// one capitalized word, no acronym and no word of a body, is who "he" is;
    /// so is a speaker the index reads as a name it could not confirm
    /// ("Rachael Maskell, the Labour MP for York Central, told …").
    private func mayBePerson(_ event: Event) -> Bool {
        if !event.isPerson, event.words.count > 1, !event.isDetermined, index.names(event.name) { return true }
        guard !event.isPerson, event.words.count == 1, let first = event.name.unicodeScalars.first,
              first.properties.isUppercase, event.name.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return false }
        let word = event.words[0]
        return !lexicons.orgNouns.contains(word) && !lexicons.nationalities.contains(word) && !lexicons.bareSources.contains(word)
            && !lexicons.pronouns.contains(word)
    }

    /// "Prosecutors had sought five years. In court papers, they argued …":
    /// a group pronoun early in a sentence is the plural noun that opens the
    /// sentence before, in the same paragraph, when nobody spoke there.
    /// Reported as written, without its determiner ("Federal prosecutors").
    private func previousGroupSubject(at start: Int) -> String? {
        // Or after a quote that opens the sentence: "Some employees reacted angrily. “…,” one wrote".
        let anchor = openingQuoteStart(before: start) ?? start
        guard let (sentence, previous) = quietPreviousSentence(at: anchor),
              anchor == sentence.lowerBound || start - sentence.lowerBound <= Self.subjectReach else { return nil }
        return groupSubject(of: previous)
    }

    /// "In a statement, co-sporting directors Laurence Stewart and Paul
    /// Winstanley thanked him. “…,” they said": a group pronoun (or its
    /// quote) opening a sentence is the two people the quiet sentence before
    /// opens with, named one after the other and joined by "and".
    private func pairSubject(at start: Int) -> String? {
        let anchor = openingQuoteStart(before: start) ?? start
        guard let (sentence, previous) = quietPreviousSentence(at: anchor),
              anchor == sentence.lowerBound || start - sentence.lowerBound <= Self.subjectReach else { return nil }
        let subject = subjectRange(of: previous)
        let named = index.occurrences(in: subject.lowerBound..<min(previous.upperBound, subject.lowerBound + Self.pairReach)).prefix(2)
        guard named.count == 2, case let (first, second) = (named[named.startIndex], named[named.startIndex + 1]), first.person != second.person,
              case let between = text.string(first.offset..<second.offset).spaceSeparatedWords,
              between.last.map({ lexicons.conjunctions.contains($0.lowercased()) }) == true,
              between.dropLast().allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return lexicons.joinGroup([index.persons[first.person].name, index.persons[second.person].name])
    }

    /// How far into a sentence's subject a pair of names may end ("co-sporting directors Laurence Stewart and Paul Winstanley").
    private static let pairReach = 100

    /// "Astronomers have detected a molecule, though they cautioned …": a
    /// group pronoun that opens a side clause (lexicons side_clause_openers,
    /// conjunctions) inside a sentence is the plural noun that opens it.
    /// ("… blocked a bill they had demanded, after Trump urged" is no side clause.)
    private func ownGroupSubject(at start: Int) -> String? {
        guard let sentence = sentence(around: start), start - sentence.lowerBound > Self.subjectReach else { return nil }
        let bytes = text.bytes
        var end = start
        while end > sentence.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var begin = end
        while begin > sentence.lowerBound, bytes[begin - 1] != 0x20 { begin -= 1 }
        let opener = text.string(begin..<end).lowercased()
        guard lexicons.opensClause(opener) else { return nil }
        return groupSubject(of: sentence.lowerBound..<start)
    }

    /// The plural noun (or bare source) that opens `sentence`, with at most
    /// one modifier, as written without its determiner.
    private func groupSubject(of sentence: Range<Int>) -> String? {
        var words = text.string(subjectRange(of: sentence)).spaceSeparatedWords.prefix(4)
        if let first = words.first, lexicons.determiners.contains(first.lowercased()) { words = words.dropFirst() }
        // The noun first or after one modifier, and a verb after it: "Federal prosecutors had sought";
        // or an apposition: "The researchers, led by Dr. Kathryn Smith, analysed".
        for (offset, word) in words.prefix(2).enumerated() {
            let lower = word.lowercased()
            let apposed = lower.hasSuffix(",")
            let noun = apposed ? String(lower.dropLast()) : lower
            guard noun == noun.trimmingPunctuation else { return nil }
            if lexicons.bareSources.contains(noun) || lexicons.isPluralPersonNoun(noun) {
                let next = words.dropFirst(offset + 1).first
                // "Some parents disagree": "Some" modifies the noun after it.
                if !apposed, let next, case let following = next.lowercased().trimmingPunctuation, following == next.lowercased(),
                   lexicons.bareSources.contains(following) || lexicons.isPluralPersonNoun(following) { continue }
                guard apposed || next?.first?.isLowercase == true else { return nil }
                return (words.prefix(offset) + [String(word.dropLast(apposed ? 1 : 0))]).joined(separator: " ")
            }
            if apposed { return nil }
        }
        return nil
    }

    /// "A 27-year-old man has been charged … the man told investigators": a
    /// bare noun after "the" that an earlier "a …" introduced with no name
    /// after it is that unnamed person, not the person named last.
    /// Within `introductionReach` bytes, and only the sentences that hold
    /// the noun are read word by word: a long document has thousands.
    private func introducedUnnamed(head: String, before offset: Int) -> Bool {
        let first = sentences.partitionIndex { $0.upperBound <= offset - Self.introductionReach }
        for sentence in sentences[first...] {
            guard sentence.lowerBound < offset else { break }
            guard text.containsWord(head, in: sentence.lowerBound..<min(sentence.upperBound, offset)) else { continue }
            let tokens = NameTokenizer.tokens(in: text, range: sentence.lowerBound..<min(sentence.upperBound, offset))
            for position in tokens.indices where position > 0 && tokens[position].lower == head {
                guard let article = tokens[max(0, position - 3)..<position].lastIndex(where: { lexicons.indefinites.contains($0.lower) }),
                      !tokens[(article + 1)...position].contains(where: { $0.gapHasPunctuation }) else { continue }
                // "a man, John Smith," and "Okafor, a 41-year-old teacher," are named.
                let named = position + 1 < tokens.count && tokens[position + 1].isCapitalized && tokens[position + 1].gapHasPunctuation
                let apposed = article > 0 && tokens[article - 1].isCapitalized && tokens[article].gapHasPunctuation
                if !named && !apposed { return true }
            }
        }
        return false
    }

    /// How far back an unnamed person's introduction is looked for: a long article's lead and more.
    private static let introductionReach = 6_000

    /// "Brentford boss Thomas Frank was more upbeat. “…,” the Dane said.": a
    /// person who opens the sentence before, says nothing there and has not
    /// spoken yet is who the next sentence describes, not the last speaker.
    /// A title in the description must be theirs ("the senator" is no President Obama).
    private func newcomer(before offset: Int, excluding other: EntityIndex.Gender?, role: String?) -> Int? {
        var position = sentences.partitionIndex { $0.upperBound <= offset }
        guard position > 0, position < sentences.count else { return nil }
        // The sentences of the quote the description follows are its own: "Maresca was full of praise.
        // “Cole is a special player. He can decide games,” the Italian said." looks back past "Cole is …".
        let quoteBefore = quotes.partitionIndex { $0.upperBound <= offset }
        if quoteBefore > 0 {
            let quote = quotes[quoteBefore - 1]
            while position > 1, quote.contains(sentences[position - 1].lowerBound) { position -= 1 }
        }
        let previous = sentences[position - 1]
        guard !hasEvent(in: previous) else { return nil }
        let subject = subjectRange(of: previous)
        guard let first = index.firstPerson(in: subject, excluding: other) else { return nil }
        let found = rolePerson(after: first, in: subject, excluding: other) ?? first
        let person = index.persons[found]
        // An owner is no subject: "Mbappé's agent rejects reports" names the agent.
        if let at = person.firstOccurrence(in: subject), isOwner(at: at, before: subject.upperBound) { return nil }
        guard !timeline.contains(where: { $0.name == person.name && $0.offset < offset }) else { return nil }
        if let role, lexicons.isTitle(role), !includes(person.roles.filter(lexicons.isTitle), role: role) { return nil }
        return found
    }

    /// "Villa boss Unai Emery", "Trump adviser Kellyanne Conway": a name
    /// that qualifies a role is not who holds it. The person named after
    /// the role words, when only role words stand between the two names.
    private func rolePerson(after first: Int, in subject: Range<Int>, excluding other: EntityIndex.Gender?) -> Int? {
        let person = index.persons[first]
        guard let at = person.firstOccurrence(in: subject),
              let next = index.firstPerson(in: (at + 1)..<subject.upperBound, excluding: other), next != first,
              let nextAt = index.persons[next].firstOccurrence(in: (at + 1)..<subject.upperBound) else { return nil }
        let between = text.string(at..<nextAt).spaceSeparatedWords.drop { person.tokens.contains($0) }
        return !between.isEmpty && between.allSatisfy({ lexicons.isTitle($0) || lexicons.isPersonNoun($0.lowercased()) }) ? next : nil
    }

    /// "The chancellor's decision … ¶ RAC head of policy Simon Williams …
    /// ¶ the chancellor replied": an office the text gave to someone unnamed
    /// before a person with other roles was first named is not that person's.
    private func heldBeforeNamed(_ found: Int, role: String) -> Bool {
        let person = index.persons[found]
        let roles = officeTitles(person.roles)
        guard !roles.isEmpty, !includes(roles, role: role), let first = person.occurrences.first else { return false }
        // One memchr scan for the role, not a tokenized copy of the text before the name for every description.
        return text.wordCount(of: role, upTo: 1, in: 0..<first) { offset in
            guard offset >= 2, text.bytes[offset - 1] == UInt8(ascii: " ") else { return false }
            let start = text.bytes[..<(offset - 1)].lastIndex { !$0.isASCIILetterOrDigit }.map { $0 + 1 } ?? 0
            return lexicons.determiners.contains(text.string(start..<(offset - 1)).lowercased())
        } > 0
    }

    /// "Mark and Julie Evans … Mrs Evans said … ¶ Her husband said": the one
    /// other person of the described gender who shares the surname of whom
    /// the possessive pronoun stands for.
    private func relative(ownedBy possessive: String, gender: EntityIndex.Gender, before offset: Int) -> Int? {
        guard let pronoun = lexicons.possessivePronouns[possessive], let ownerGender = lexicons.gender(ofPronoun: pronoun),
              let ownerName = latestPerson(before: offset, excluding: ownerGender.other, method: .pronoun).0,
              let owner = person(named: ownerName.spaceSeparatedWords), case let surname = index.persons[owner].surname else { return nil }
        let kin = index.persons.indices.filter { candidate in
            candidate != owner && index.persons[candidate].isConfirmed && index.persons[candidate].tokens.count > 1
                && index.persons[candidate].surname == surname && index.persons[candidate].gender != gender.other
        }
        return kin.count == 1 ? kin[0] : nil
    }

    /// The word at `at` (a name's first occurrence) ends in a possessive: an owner.
    private func isOwner(at: Int, before end: Int) -> Bool {
        let word = String(decoding: text.bytes[at..<end].prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)
        return NameToken.strippingPossessive(word) != word
    }

    /// "Though she called …": one side-clause opener or conjunction opens the sentence before the pronoun.
    private func followsOpener(_ start: Int, sentence: Range<Int>) -> Bool {
        guard start > sentence.lowerBound, start - sentence.lowerBound <= Self.openerReach else { return false }
        let words = text.string(sentence.lowerBound..<start).lowercased().spaceSeparatedWords
        return words.count == 1 && lexicons.opensClause(words[0])
    }

    /// Bytes of the one word before a pronoun that `followsOpener` reads.
    private static let openerReach = 12

    /// "Speaking to reporters in Tehran, he said", "In an interview with the
    /// BBC, she said": `start` follows a comma that ends an opening participle
    /// or prepositional phrase naming no one and quoting nothing.
    private func followsOpeningPhrase(_ start: Int, sentence: Range<Int>) -> Bool {
        guard start - sentence.lowerBound <= Self.openingPhraseReach, start - 2 > sentence.lowerBound,
              text.bytes[start - 2] == UInt8(ascii: ","), text.bytes[start - 1] == UInt8(ascii: " ") else { return false }
        let opening = sentence.lowerBound..<start
        guard opensWithPhraseWord(opening) else { return false }
        return !quotes(overlap: opening) && index.firstPerson(in: opening, excluding: nil) == nil
    }

    private static let openingPhraseReach = 100

    /// "In a 1987 paper she warned": a phrase of two to five lower-case
    /// words (digits too) after a function word may open a sentence
    /// without a comma.
    private func followsShortPhrase(_ start: Int, sentence: Range<Int>) -> Bool {
        guard start > sentence.lowerBound, start - sentence.lowerBound <= Self.shortPhraseReach else { return false }
        let tokens = NameTokenizer.tokens(in: text, range: sentence.lowerBound..<start)
        guard (2...5).contains(tokens.count), tokens.dropFirst().allSatisfy({ $0.gap == " " && !$0.isCapitalized }),
              !lexicons.isOpeningParticiple(tokens[0].lower) else { return false }
        return opensWithPhraseWord(sentence.lowerBound..<start)
    }

    private static let shortPhraseReach = 40

    /// Bytes between a closing quote mark and the pronoun after it (", " or a space).
    private static let quoteGap = 3

    /// Where a sentence's subject is named: its first `subjectReach` bytes.
    private func subjectRange(of sentence: Range<Int>) -> Range<Int> {
        var start = sentence.lowerBound
        // After an opening phrase that names nobody: "In a statement issued Tuesday morning, presidential nominee Hillary Clinton …".
        let reach = min(sentence.upperBound, start + Self.openingPhraseReach)
        if let comma = text.bytes[start..<reach].firstIndex(of: UInt8(ascii: ",")), opensWithPhraseWord(start..<comma),
           index.firstPerson(in: start..<comma, excluding: nil) == nil, !quotes(overlap: start..<comma) {
            start = comma + 1
        }
        return start..<min(sentence.upperBound, start + Self.subjectReach)
    }

    /// An opening phrase's first word: a function word that is no
    /// determiner or pronoun ("In", "After"), a participle ("Speaking") or a
    /// sentence adverb alone before its comma ("Afterward,").
    /// Not "The Associated Press interviewed crew members, editors and …".
    private func opensWithPhraseWord(_ range: Range<Int>) -> Bool {
        guard let word = text.string(range).lowercased().spaceSeparatedWords.first else { return false }
        if word.last == ",", lexicons.sentenceAdverbs.contains(String(word.dropLast())) { return true }
        return lexicons.opensPhrase(word)
    }

    /// How far into a sentence its subject's name may start ("Sen. Tommy Tuberville",
    /// "Hungary's foreign minister, Peter Szijjarto", "CHISINAU, Dec 1 (Reuters) - Moldovan
    /// President Maia Sandu", "Pakistan Tehreek-i-Insaf (PTI) Chairman Gohar Ali Khan").
    private static let subjectReach = 60

    /// The person a lead describes before naming them: named for the first
    /// time by the end of the next paragraph, with the description's role
    /// and no role it leaves out.
    private func namedNext(head: String, words: [String], asWritten: String, after offset: Int)
        -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?)? {
        let range = offset..<nextParagraphEnd(after: offset)
        guard let found = index.firstPerson(holding: head, describedBy: Set(words), in: range,
                                                isRole: { self.lexicons.isTitle($0) || self.lexicons.isPersonNoun($0) }),
              index.persons[found].lastOccurrence(before: offset) == nil,
              index.persons[found].roles.isDisjoint(with: lexicons.rivals(of: words)),
              let named = index.persons[found].firstOccurrence(in: range), opensParagraph(named, orSharesOneWith: offset) else { return nil }
        return modifiersAgree(asWritten, head: head, named: named) ? byDescription(found) : nil
    }

    /// `named` lies in the paragraph of `offset` or in the first sentence of another: "“…,” a government
    /// spokesperson said. ¶ China's foreign ministry said … Spokesperson Lin Jian told …" names
    /// the ministry's spokesperson, not the government's.
    private func opensParagraph(_ named: Int, orSharesOneWith offset: Int) -> Bool {
        if inOneParagraph(named, offset) { return true }
        let paragraph = paragraphs[min(paragraphIndex(of: named), paragraphs.count - 1)]
        let position = sentences.partitionIndex { $0.upperBound <= paragraph.lowerBound }
        return position < sentences.count && sentences[position].contains(named)
    }

    /// "The Fianna Fáil leader" is not "Sinn Féin leader Mary Lou McDonald": the capitals
    /// before the head agree with those before the name where the text first gives it.
    private func agreesWithIntroduction(_ person: EntityIndex.Person, asWritten: String, head: String) -> Bool {
        person.occurrences.first.map { modifiersAgree(asWritten, head: head, named: $0) } ?? true
    }

    /// "The NATO chief" is not "U.N. Secretary-General António Guterres":
    /// a body's acronym before the head and one before the person's first
    /// name, and none shared (with or without dots).
    private func acronymsDisagree(_ person: EntityIndex.Person, asWritten: String, head: String) -> Bool {
        let acronyms = { (words: [String]) in
            Set(words.filter { $0.count > 1 && $0.unicodeScalars.allSatisfy { $0 == "." || $0.properties.isUppercase } }
                .map { $0.lowercased().filter { $0 != "." } })
        }
        let described = acronyms(Array(asWritten.spaceSeparatedWords.prefix { $0.lowercased() != head }))
        guard !described.isEmpty, let named = person.occurrences.first else { return false }
        let introduced = acronyms(text.string(sentenceStart(of: named)..<named).spaceSeparatedWords)
        return !introduced.isEmpty && introduced.isDisjoint(with: described)
    }

    /// "A State Department spokesperson" is not "Chinese Foreign Ministry
    /// spokesperson Mao Ning": the capitalized words before each head, up to punctuation, share one.
    private func modifiersAgree(_ asWritten: String, head: String, named: Int) -> Bool {
        let described = capitalizedModifiers(asWritten.spaceSeparatedWords.prefix { $0.lowercased() != head })
        let before = text.string(sentenceStart(of: named)..<named).spaceSeparatedWords
        let context = capitalizedModifiers(before[((before.lastIndex { $0.last?.isPunctuation == true && EntityIndex.otherAcronymForm($0.lowercased()) == nil } ?? -1) + 1)...])
        return described.isEmpty || context.isEmpty || !described.isDisjoint(with: context)
    }

    /// "Boeing CEO admits …" in a headline: the person the lead names with
    /// that role or another name of it ("Boeing chief executive Dave
    /// Calhoun"), sharing the headline's other words ("Danish PM" is Danish
    /// Prime Minister Mette Frederiksen).
    private func headlineRole(_ tokens: [String], at start: Int) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?)? {
        guard !tokens.isEmpty, let headline = paragraphs.first, headline.contains(start) else { return nil }
        let words = tokens.map { NameToken.strippingPossessive($0).lowercased() }
        // "Retailer says … ¶ Fashion retailer Marlow & Finch said": a business's noun is the business the lead names.
        if words.count == 1, lexicons.companyNouns.contains(words[0]), paragraphs.count > 1,
           let business = leadBusinessName(head: words[0], before: paragraphs[1].upperBound) {
            return (business, .description, false, nil)
        }
        let head = words[words.count - 1]
        guard lexicons.isTitle(head) || lexicons.isPersonNoun(head) else { return nil }
        let roles = lexicons.withAliases([head])
        let modifiers = Set(words.dropLast()).filter { !lexicons.isTitle($0) && !lexicons.isPersonNoun($0) }
        let range = headline.upperBound..<nextParagraphEnd(after: headline.upperBound)
        let described = lexicons.withAliases(Array(modifiers))
        if let holder = index.firstPerson(in: range, where: { person in
            guard !person.roles.isDisjoint(with: roles), !modifiers.isEmpty else { return modifiers.isEmpty && !person.roles.isDisjoint(with: roles) }
            if !person.roles.isDisjoint(with: described) { return true }
            // The owner may stand apart from the role: "Boeing chief executive Dave Calhoun".
            guard let at = person.firstOccurrence(in: range) else { return false }
            let before = text.string(sentenceStart(of: at)..<at).lowercased().spaceSeparatedWords.map { NameToken.strippingPossessive($0.trimmingPunctuation) }
            return before.contains(where: described.contains)
        }) {
            return byDescription(holder)
        }
        // "Former president blasts …" over "Donald Trump on Thursday branded …": a
        // role that names no body is the person who opens the lead; one that
        // names a body is, when the lead's role words name it too ("Treasury
        // chief says …" over "Treasury Secretary Janet Yellen said …").
        guard start == headline.lowerBound,
              let lead = sentences.first(where: { $0.lowerBound >= headline.upperBound }).map(subjectRange) else { return nil }
        guard let opener = index.firstPerson(in: lead, excluding: nil),
              let at = index.persons[opener].firstOccurrence(in: lead) else { return leadDescribed(roles, modifiers: modifiers, lead: lead) }
        let opening = text.string(lead.lowerBound..<at).spaceSeparatedWords.map { NameToken.strippingPossessive($0).lowercased() }
        guard opening.isEmpty || opensWithRole(opening),
              modifiers.allSatisfy({ lexicons.formerWords.contains($0) || lexicons.nationalities.contains($0) || opening.contains($0) }) else { return nil }
        return byDescription(opener)
    }

    /// "Former aide tells court …" over "A former aide to the mayor told a jury …" and "Daniel Ortiz, 34, …
    /// testified": a headline's role that the lead's unnamed subject holds too is whom the next paragraph
    /// opens with, as the lead's description is ("Minister dismisses …" over "The transport minister has
    /// dismissed …" and "Jane Holloway said").
    private func leadDescribed(_ roles: Set<String>, modifiers: Set<String>, lead: Range<Int>) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?)? {
        let words = NameTokenizer.tokens(in: text, range: lead).prefix(Self.leadDescriptionWords).map(\.bareLower)
        guard let first = words.first, lexicons.determiners.contains(first) || lexicons.indefinites.contains(first),
              let head = words.firstIndex(where: roles.contains), modifiers.isSubset(of: words[..<head]),
              // One person: not "Authors sue …" over "A group of authors", nor a "Couple".
              !lexicons.isPluralPersonNoun(words[head]), !lexicons.pairNouns.contains(words[head]),
              let opener = nextParagraphOpener(describedBy: lexicons.withAliases(Array(words)), excluding: nil, after: lead.lowerBound) else { return nil }
        return byDescription(opener)
    }

    /// "The Democratic nominee pressed him on abortion": the person an object
    /// pronoun right after the subject's verb stands for (lexicon
    /// pronouns_object; "her" only before a function word or punctuation, as
    /// "her campaign" is a possessive), whom the subject cannot be.
    private func clauseObject(after end: Int) -> String? {
        guard end < text.bytes.count, let sentence = sentence(around: end) else { return nil }
        let tokens = NameTokenizer.tokens(in: text, range: end..<min(sentence.upperBound, end + Self.clauseObjectReach)).prefix(3)
        guard tokens.count >= 2, case let verb = tokens[tokens.startIndex], !verb.isCapitalized,
              case let pronoun = tokens[tokens.startIndex + 1], !pronoun.gapHasPunctuation,
              let subject = lexicons.objectPronouns[pronoun.lower], let gender = lexicons.gender(ofPronoun: subject) else { return nil }
        if lexicons.possessivePronouns[pronoun.lower] != nil, tokens.count > 2,
           !tokens[tokens.startIndex + 2].gapHasPunctuation, !lexicons.stopwords.contains(tokens[tokens.startIndex + 2].lower) { return nil }
        return earlier(than: end).last { $0.isPerson && !isGroup($0) && ($0.gender ?? learnedGender[$0.name]) == gender }?.name
    }

    /// Bytes after a subject in which its verb and an object pronoun are read.
    private static let clauseObjectReach = 40

    /// How many words of a lead's subject may come before the role a headline gives: "A former senior aide".
    private static let leadDescriptionWords = 6

    /// A few words that end in a role, all that stands before a name: "Pop star" in "Pop star Lena Marsh has denied …".
    private func opensWithRole(_ words: [String]) -> Bool {
        guard let last = words.last, words.count <= 3 else { return false }
        return lexicons.isTitle(last) || lexicons.isPersonNoun(last)
    }

    /// "said the saxophonist Terrence Blake, who …": the full name right
    /// after the description, which that apposition gave the noun as a role,
    /// is whom it describes (not someone described so before).
    private func nameRightAfter(_ asWritten: String, at start: Int, head: String) -> Int? {
        let end = start + asWritten.utf8.count
        guard end < text.bytes.count, text.bytes[end] == UInt8(ascii: " ") else { return nil }
        return index.firstPerson(in: (end + 1)..<(end + 2)) { $0.tokens.count > 1 && $0.roles.contains(head) }
    }

    /// A person the index knows, found through a description.
    private func byDescription(_ person: Int) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?) {
        (index.persons[person].name, .description, true, index.persons[person].gender)
    }

    /// The capitalized words after a person's noun that name a body, its own
    /// noun left out: "Home" of "the head of the Home Office" (titles kept: "Foreign").
    private func bodyNameWords(after head: String, in written: [String]) -> Set<String> {
        Set(written.drop { $0.lowercased() != head }.dropFirst().filter { $0.first?.isUppercase == true }
            .map { NameToken.strippingPossessive($0).lowercased().trimmingPunctuation }.filter { !lexicons.orgNouns.contains($0) })
    }

    /// Capitalized words other than determiners, titles and role nouns, lower-cased.
    private func capitalizedModifiers<Words: Sequence<String>>(_ words: Words) -> Set<String> {
        Set(words.compactMap { word in
            guard word.first?.isUppercase == true, !NameToken.isAttributive(word) else { return nil }
            let lower = NameToken.strippingPossessive(word).lowercased().trimmingPunctuation
            let isRole = lexicons.determiners.contains(lower) || lexicons.indefinites.contains(lower)
                || lexicons.isTitle(lower) || lexicons.isPersonNoun(lower)
            // "U.N." and "UN" are one body.
            return isRole ? nil : EntityIndex.otherAcronymForm(lower + ".") ?? lower
        })
    }

    /// The start of the sentence holding `offset`, at most `modifierReach` bytes before it.
    private func sentenceStart(of offset: Int) -> Int {
        let position = sentences.partitionIndex { $0.upperBound <= offset }
        let start = position < sentences.count ? sentences[position].lowerBound : offset
        return max(start, offset - Self.modifierReach)
    }

    private static let modifierReach = 60

    /// The end of the paragraph after the one holding `offset`.
    private func nextParagraphEnd(after offset: Int) -> Int {
        let next = paragraphIndex(of: offset) + 1
        return next < paragraphs.count ? paragraphs[next].upperBound : (paragraphs.last?.upperBound ?? offset)
    }

    /// The last person before `offset`. With `role` (the head of a
    /// description): a named person, not another description ("prime
    /// minister" is not "the chancellor"), nor one titled otherwise
    /// (Senator Collins is not "the president").
    private func latestPerson(before offset: Int, excluding other: EntityIndex.Gender?, method: ResolutionMethod, role: String? = nil,
                              rivals: Set<String> = [], describedAs words: [String] = [],
                              notNamed object: String? = nil) -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?) {
        // "Her coach believes she can win. … “…,” she laughs": a person of
        // unknown gender owned by "her" is not who "she" is.
        let pronounGender = method == .pronoun ? other?.other : nil
        // Checked lazily: most searches stop at the first events they try.
        let phrase = words.isEmpty ? nil : "the " + words.joined(separator: " ")
        // By name: "Rishi Sunak … accused the prime minister" rules out a later "Mr Sunak said" too.
        // The names that did, found once: events are few, and the searches below may ask of each.
        let speakers: Set<String> = phrase.map { phrase in
            Set(recentEvents(before: offset).filter { self.speaks($0, of: phrase, before: offset) }.map(\.name))
        } ?? []
        // "The Democratic nominee pressed him": whom the clause's object pronoun stands for is someone else.
        let spokeOfIt = { (name: String) in speakers.contains(name) || name == object }
        // A brief makes an office ("the housing secretary"): not someone known by another role ("Its chief executive, Neil Jefferson").
        let holdsOffice = words.contains(where: lexicons.portfolios.contains)
        if let event = earlier(than: offset).last(where: { event in
            if labelsSentence(at: event.offset, before: offset) || spokeOfIt(event.name) { return false }
            if method == .description, labelsOtherTurn(event.offset, than: offset) { return false }
            let gender = event.gender ?? learnedGender[event.name]
            if gender == nil, let owner = event.ownerGender, owner == pronounGender { return false }
            return event.isPerson && !isGroup(event) && (gender == nil || gender != other) && (role.map { fits(event, role: $0) } ?? true)
                && !(holdsOffice && role.map { holdsOtherRole(named: event.name, than: $0) } == true)
                && (rivals.isEmpty || (index.roles(named: event.name).isDisjoint(with: rivals) && learnedOffices[event.name]?.isDisjoint(with: rivals) != false))
        }) {
            return (event.name, method, true, event.gender)
        }
        // Index people keep their roles from around the name, too partial to
        // rule one out ("the Norwegian politician" is the NATO chief named before).
        // But a surname known only by its title has that title alone: Senator
        // Collins is not "the president".
        if let found = index.latestPerson(before: offset, excluding: other, where: { person in
            guard person.roles.isDisjoint(with: rivals), learnedOffices[person.name]?.isDisjoint(with: rivals) != false,
                  !spokeOfIt(person.name),
                  // "MARGARET BRENNAN: Senator, the Fed chair says …": the label's speaker is another.
                  !labelsSentence(person, before: offset),
                  !(words.last.map { namedAfterDescription(person, head: $0, before: offset) } ?? false) else { return false }
            guard let role else { return true }
            let titles = officeTitles(person.roles.filter(lexicons.isTitle))
            // Someone who never spoke takes an office only when the text gave
            // it to them: "The King said" is not Harry Potter of the films.
            if lexicons.isTitle(role) && person.tokens.count > 1 { return includes(titles, role: role) }
            return person.tokens.count > 1 || titles.isEmpty || includes(titles, role: role)
        }) {
            return (index.persons[found].name, method, true, index.persons[found].gender)
        }
        return (nil, .unresolved, true, nil)
    }

    /// The events an article's length of text before `offset`: what a lookup
    /// reads back over (all of them would make a long document quadratic).
    private func recentEvents(before offset: Int, reach: Int = articleReach) -> ArraySlice<Event> {
        let events = earlier(than: offset)
        let from = events.partitionIndex { $0.offset < offset - reach }
        return events[from...]
    }

    /// "Rishi Sunak … accused the prime minister of …": whoever speaks of
    /// "the prime minister" in their own sentence is not "the prime minister" later.
    private func speaks(_ event: Event, of phrase: String, before offset: Int) -> Bool {
        // Before the description itself, which may stand in the same sentence.
        guard event.isPerson, let sentence = sentence(around: event.offset), case let end = min(sentence.upperBound, offset), event.offset < end else {
            return false
        }
        // The phrase's last word first, on bytes (lower case or capitalized): most sentences lack it.
        guard let last = phrase.split(separator: " ").last.map(String.init),
              text.wordCount(of: last, upTo: 1, in: event.offset..<end) > 0
                || text.wordCount(of: last.prefix(1).uppercased() + last.dropFirst(), upTo: 1, in: event.offset..<end) > 0 else { return false }
        return text.string(event.offset..<end).lowercased().range(of: phrase) != nil
    }

    /// A speaker's label in the description's sentence: "MARGARET BRENNAN: Senator, the Fed chair says" (a name, then a colon).
    private func labelsSentence(_ person: EntityIndex.Person, before offset: Int) -> Bool {
        person.lastOccurrence(before: offset).map { labelsSentence(at: $0, before: offset) } ?? false
    }

    private func labelsSentence(at name: Int, before offset: Int) -> Bool {
        guard name < offset, let sentence = sentence(around: offset), sentence.contains(name) else {
            return name < offset && continuesTurn(labelledAt: name, to: offset)
        }
        return text.bytes[name..<offset].contains(UInt8(ascii: ":"))
    }

    /// "MR MILLER: Good afternoon. ¶ Today the Secretary announced …": a
    /// transcript label's turn goes on in the paragraphs after it until the
    /// next label (a few at most).
    private func continuesTurn(labelledAt name: Int, to offset: Int) -> Bool {
        let first = paragraphIndex(of: name), last = paragraphIndex(of: offset)
        guard last > first, last - first <= Self.turnParagraphs, last < paragraphs.count,
              let colon = labelColon(of: paragraphs[first]), name <= colon else { return false }
        return (first + 1...last).allSatisfy { labelColon(of: paragraphs[$0]) == nil }
    }

    /// "MR MILLER: …" is the label of a turn other than the labelled one `offset` is in:
    /// "QUESTION: The Egyptian foreign minister said today …" describes someone else.
    private func labelsOtherTurn(_ name: Int, than offset: Int) -> Bool {
        let first = paragraphIndex(of: name), last = paragraphIndex(of: offset)
        guard first != last, let colon = labelColon(of: paragraphs[first]), name <= colon else { return false }
        return labelColon(of: paragraphs[last]) != nil
    }

    /// The colon after a label in capitals that opens `paragraph` ("MR MILLER:", "QUESTION:").
    private func labelColon(of paragraph: Range<Int>) -> Int? {
        let end = min(paragraph.upperBound, paragraph.lowerBound + Self.labelReach)
        guard let colon = text.bytes[paragraph.lowerBound..<end].firstIndex(of: UInt8(ascii: ":")), colon > paragraph.lowerBound + 1 else { return nil }
        let label = text.bytes[paragraph.lowerBound..<colon]
        return label.allSatisfy { $0.isASCIIUppercase || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") } ? colon : nil
    }

    /// Paragraphs a label's turn may run on; bytes of a label before its colon.
    private static let turnParagraphs = 4
    private static let labelReach = 40

    /// "The seven-time champion beat Lorenzo Musetti": someone named after a
    /// verb that follows "the … champion" in their sentence is not the champion.
    private func namedAfterDescription(_ person: EntityIndex.Person, head: String, before offset: Int) -> Bool {
        guard let at = person.lastOccurrence(before: offset), let sentence = sentence(around: at), sentence.lowerBound < at else { return false }
        let words = text.string(sentence.lowerBound..<at).lowercased().spaceSeparatedWords.map(\.trimmingPunctuation)
        guard let found = words.lastIndex(of: head), found >= 1, words[max(0, found - 3)..<found].contains(where: lexicons.determiners.contains) else { return false }
        // A role right before the name is the person's own ("the seven-time champion Novak Djokovic").
        let between = text.string(sentence.lowerBound..<at).spaceSeparatedWords.dropFirst(found + 1)
        return between.contains { $0.first?.isLowercase == true && !$0.hasSuffix(",") }
    }

    /// Several people, who are no "he", "she" or "the spokeswoman":
    /// "progressive Democrats", "Putin and Xi", "multiple lawmakers".
    private func isGroup(_ event: Event) -> Bool {
        // The head comes before a preposition's phrase: "customers in a video" are people, not "video".
        let headCount = event.words.prefix { !lexicons.stopwords.contains($0) }.count
        guard let head = headCount > 0 ? event.words[headCount - 1] : event.words.last else { return lexicons.isGroupName(event.name) }
        if lexicons.isPluralPersonNoun(head) { return true }
        // "A group of 17 prominent authors" (its words: "a group"): people gathered under a collective noun.
        let named = event.name.lowercased().spaceSeparatedWords
        if named.count > event.words.count, let last = named.last, lexicons.isPluralPersonNoun(last.trimmingPunctuation) { return true }
        // A description whose noun is one person's: "A spokesman for the Department of Health and Social Care".
        if let noun = event.calledBy, lexicons.isPersonNoun(noun), !lexicons.isPluralPersonNoun(noun) { return false }
        if lexicons.isGroupName(event.name) { return true }
        // A bare source written as the end of a capitalized name is a body: "West Yorkshire Police" is "the force".
        guard lexicons.bareSources.contains(head) else { return false }
        return headCount < 2 || event.name.spaceSeparatedWords.dropFirst(headCount - 1).first?.first?.isUppercase != true
    }

    /// A name, with no title or this one, also abbreviated ("Sen." is "the
    /// senator"; "Mr."/"Mrs." say nothing of a role).
    private func fits(_ event: Event, role: String) -> Bool {
        // A name, not a description kept as written ("A team owner", "Gary
        // Johnson's doctor" are not "the mayor", "the GOP nominee"; nor is
        // "the Conservative leader", unresolved, "the prime minister").
        guard !event.isUnresolved, event.name.unicodeScalars.first?.properties.isUppercase == true,
              let first = event.words.first, !lexicons.determiners.contains(first), !lexicons.indefinites.contains(first),
              !event.words.contains(where: { NameToken.strippingPossessive($0) != $0 }) else { return false }
        let titles = officeTitles(event.titles)
        // A title rules out another title only: "Captain Harry Kane" is "the Bayern Munich striker".
        guard titles.isEmpty || !lexicons.isTitle(role) else { return includes(titles, role: role) }
        // An office one person holds at a time is no one's the text gave other
        // titles elsewhere: "— Shevaun Haviland, director general, …" is not "The Chancellor".
        guard lexicons.isTitle(role), lexicons.rivalRoles[role] != nil else { return true }
        let known = officeTitles(specificRoles(index.roles(named: event.name)))
        return known.isEmpty || includes(known, role: role)
    }

    private func holdsOtherRole(named name: String, than head: String) -> Bool {
        person(named: name.spaceSeparatedWords).map { holdsOtherRole(index.persons[$0], than: head) } ?? false
    }

    /// Roles of `person` (person nouns, titles), none of them `head` or another name for it.
    private func holdsOtherRole(_ person: EntityIndex.Person, than head: String) -> Bool {
        let roles = officeRoles(person)
        return !roles.isEmpty && !includes(roles, role: head) && lexicons.withAliases([head]).isDisjoint(with: roles)
    }

    /// `head` or another name for it is one of the roles of `person`.
    private func holdsRole(_ person: EntityIndex.Person, _ head: String) -> Bool {
        let roles = officeRoles(person)
        return includes(roles, role: head) || !lexicons.withAliases([head]).isDisjoint(with: roles)
    }

    /// "spokeswoman" is a role, though it also says a gender; "Mrs." is none.
    private func officeRoles(_ person: EntityIndex.Person) -> [String] {
        person.roles.filter { lexicons.isPersonNoun($0) } + officeTitles(person.roles.filter(lexicons.isTitle))
    }

    /// Titles of an office: "Mr."/"Mrs." say nothing of one, nor does a word
    /// that only qualifies another ("Foreign" of "Foreign Ministry", lexicon title_modifiers).
    private func officeTitles(_ titles: some Sequence<String>) -> [String] {
        titles.filter { !lexicons.maleWords.contains($0) && !lexicons.femaleWords.contains($0) && !lexicons.titleModifiers.contains($0) }
    }

    /// One of `titles` is `role`, its abbreviation ("sen" for "senator") or another name for it ("pontiff", "pope").
    private func includes(_ titles: some Sequence<String>, role: String) -> Bool {
        titles.contains { role.hasPrefix($0) || lexicons.roleAliases[role]?.contains($0) == true }
    }

    /// The owner in a description ("Merz's spokesman") is a person the text names.
    private func ownedByPerson(_ asWritten: String) -> Bool {
        guard let owner = asWritten.spaceSeparatedWords.first(where: { NameToken.strippingPossessive($0) != $0 }) else { return false }
        return person(named: [NameToken.strippingPossessive(owner)]) != nil
    }

    /// The gender a description's words give: "the spokeswoman", "a department chairman".
    /// An owner's words give none: "Ms Clarke's husband" is a man.
    private func describedGender(_ content: [String]) -> EntityIndex.Gender? {
        let owned = content.lastIndex { NameToken.strippingPossessive($0) != $0 }.map { Set(content[($0 + 1)...]) } ?? Set(content)
        return !owned.isDisjoint(with: lexicons.femaleWords) ? .female : !owned.isDisjoint(with: lexicons.maleWords) ? .male : nil
    }

    private func resolveDescription(words: [String], definite: Bool, head: String, owner: String?, asWritten: String,
                                    at start: Int, before offset: Int)
        -> (String?, ResolutionMethod, Bool, EntityIndex.Gender?) {
        // "Another added: …" names nobody the document makes clear.
        if words.count == 1, lexicons.unnamedSubjects.contains(words[0]) { return (nil, .unresolved, true, nil) }
        if let named = fullNameAtEnd(of: asWritten) { return (index.persons[named].name, .name, true, index.persons[named].gender) }
        if let named = nameRightAfter(asWritten, at: start, head: head) { return byDescription(named) }
        let content = words.filter { !lexicons.determiners.contains($0) && !lexicons.indefinites.contains($0) && !lexicons.stopwords.contains($0) }
        let isPersonNoun = lexicons.isPersonNoun(head) || (definite && content == [head] && lexicons.demonyms.contains(head))
        // "Thames Water lost …, its own figures show": a thing's figures, filing
        // or statement are the body the pronoun stands for (no person of it: "its spokesman").
        // A body of its own ("its foreign ministry") is another source.
        if !isPersonNoun, lexicons.documentNouns.contains(head) || !lexicons.orgNouns.contains(head), let first = words.first, let pronoun = lexicons.possessivePronouns[first],
           lexicons.thingPronouns.contains(pronoun), let name = openingTokens(before: start, evenAfterComma: true).flatMap(openingName) {
            return (name, .pronoun, false, nil)
        }
        if let group = countedGroup(words: words, content: content, head: head, before: offset) { return (group.name, .description, false, nil) }
        // "a senior EU official, who spoke on condition of anonymity": the description, without the clause.
        guard definite else {
            // Not a plural: "a contract with the New York Mets, sources told ESPN" are others.
            if isPersonNoun, !lexicons.isPluralPersonNoun(head), !lexicons.bareSources.contains(head),
               let named = apposedName(before: start) { return byDescription(named) }
            // "a Chinese foreign ministry spokesperson said …" and the next
            // paragraph names "Spokesperson Lin Jian" for the first time.
            if isPersonNoun, let named = namedNext(head: head, words: content, asWritten: asWritten, after: offset) { return named }
            if isPersonNoun, let named = namedLater(words: words, head: head, asWritten: asWritten, at: start,
                                                    excluding: describedGender(content)?.other, after: offset) {
                return byDescription(named)
            }
            // "A headteacher has said she is devastated … ¶ Helen Marsh, who has led …, said": the lead's
            // unnamed person (one: not "federal prosecutors", "sources", "a retired couple") is who opens
            // the next paragraph, named there first with no other role.
            if isPersonNoun, !lexicons.isPluralPersonNoun(head), !lexicons.bareSources.contains(head), !lexicons.pairNouns.contains(head),
               let opener = nextParagraphOpener(describedBy: lexicons.withAliases(content),
                                                              excluding: describedGender(content)?.other, after: offset),
               let named = index.persons[opener].occurrences.first, modifiersAgree(asWritten, head: head, named: named) {
                return byDescription(opener)
            }
            // "a department chairman" is no "she" later.
            return (firstSegment(of: asWritten).trimmingBlanks, .description, isPersonNoun, isPersonNoun ? describedGender(content) : nil)
        }
        // Only a person noun ("the NATO chief") names a person by role; "the
        // Chinese foreign ministry" must not match a "foreign policy chief".
        let isOrganisation = lexicons.orgNouns.contains(head) || lexicons.orgNouns.contains(String(head.dropLast()))
        // "his office said", "his aides said": the body or the group of the person "his" stands for, named after them.
        if isOrganisation || lexicons.bareSources.contains(head), content == [head], let first = words.first,
           let pronoun = lexicons.possessivePronouns[first], let gender = lexicons.gender(ofPronoun: pronoun) {
            // "John Smith died on Tuesday, his family said": a closing clause's owner is the person the sentence opens with.
            if let subject = earlierInSentence(before: start, gender: gender, evenAfterComma: true) {
                return (index.persons[subject].name + "'s " + head, .description, false, nil)
            }
            // A group's owner is someone named: not "a friend" ("Many of his supporters").
            let owner = resolvePronoun(pronoun, before: offset, at: start)
            if let name = owner.0, owner.1 != .unresolved, isOrganisation || person(named: name.spaceSeparatedWords) != nil {
                return (name + "'s " + head, .description, false, nil)
            }
        }
        // A former role is no match for someone who holds it now: "the former
        // Dutch prime minister" is not Swedish Prime Minister Ulf Kristersson.
        let isFormer = content.contains(where: lexicons.formerWords.contains)
        // With an owner ("Turkey’s defense ministry"), only someone of that
        // owner: not "Iraq’s foreign ministry" named before.
        // "the Democratic nominee" is no one known as a Republican.
        // And "the President" is no vice president (lexicon deputy_words); a head that no deputy word
        // qualifies in the text rules none out ("the Democratic nominee" may be the vice president).
        let rivals = lexicons.rivals(of: content).union(deputyQualified.contains(head) ? lexicons.deputyWords.subtracting(content) : [])
        // Someone named or given a role after the head is its owner, not the
        // one described: "The mother of rapper Kanye West" and "the mother of
        // rapper" are not Kanye West ("Their environment spokesperson Tim
        // Farron" is Tim Farron; "the head of the IMF" may be its chief).
        let tail = words.firstIndex(of: head).map { words[($0 + 1)...] } ?? []
        let ownerRoles = Set(tail.filter { lexicons.isPersonNoun($0) || lexicons.isTitle($0) })
        let isOwner = { (person: EntityIndex.Person) in
            person.name.lowercased().spaceSeparatedWords.contains(where: tail.contains)
                || (!person.roles.isDisjoint(with: ownerRoles) && person.roles.isDisjoint(with: Set(content).subtracting(ownerRoles)))
        }
        if !isOrganisation, let found = index.person(describedBy: lexicons.withAliases(content), before: offset, rulingOut: rivals),
           !isOwner(index.persons[found]),
           agreesWithIntroduction(index.persons[found], asWritten: asWritten, head: head),
           owner.map({ index.persons[found].roles.contains($0) }) ?? true,
           !isFormer || index.persons[found].roles.contains(where: lexicons.formerWords.contains) {
            return byDescription(found)
        }
        // A source named earlier that shares a word: "the authors of the
        // Chinese publication" after "Chinese journalists". A body is a
        // person's only by a name ("the Trump campaign", "footage of Hillary
        // Clinton"): "the police union" is not "the police chief", and
        // "Donald Trump’s campaign" is the campaign, its owner's body.
        // The owner is no shared word: "Lebanon's health ministry" is not "Lebanon's state news agency".
        let unowned = content.filter { NameToken.strippingPossessive($0) == $0 }
        // Nor is a nationality alone: "the Chinese foreign ministry" is not "Chinese state media".
        let unplaced = unowned.filter { !lexicons.nationalities.contains($0) }
        let described = unplaced.isEmpty ? unowned : unplaced
        // A body named by a capital the earlier source lacks is another one:
        // "the RMT union" is not the headline's "Union". (Its own words only:
        // "The lawsuit, filed in federal court in Manhattan," is still "a lawsuit".)
        // A person of a named body shares its name: "the head of the Home Office" is not the Foreign Office.
        let written = firstSegment(of: asWritten).spaceSeparatedWords
        let named = isOrganisation ? capitalizedModifiers(written) : isPersonNoun ? bodyNameWords(after: head, in: written) : []
        // Nor is a body a group of people that shares a word: "the central election commission" is not "Election officials".
        if let event = lastEvent(before: offset, sharing: lexicons.withAliases(described)),
           !isOrganisation || !event.isPerson || (owner == nil && sharesName(asWritten, with: event)),
           !isOrganisation || isPersonNoun || !isGroup(event),
           // People are no document: "Experts not involved in the study" are not "A new study".
           !isPersonNoun || !isDocument(event),
           // A headline's office no one was found for ("Minister says …") is no answer for the lead's
           // "The business minister", whom the next paragraph may name.
           !(isPersonNoun && event.isUnresolved && paragraphIndex(of: event.offset) == 0),
           sharesWordInCase(asWritten, with: event),
           !event.isPerson || !isPersonNoun || (person(named: event.name.spaceSeparatedWords).map {
               agreesWithIntroduction(index.persons[$0], asWritten: asWritten, head: head) } ?? true),
           named.isEmpty || (isOrganisation ? event.words : event.name.lowercased().spaceSeparatedWords)
            .contains(where: { named.contains(NameToken.strippingPossessive($0)) }),
           owner.map({ owner in event.words.contains { NameToken.strippingPossessive($0) == owner } }) ?? true {
            return (event.name, .description, event.isPerson, event.gender)
        }
        // "Her campaign manager", "the bank's analysts": people of an owner,
        // not the people named last.
        // (A named owner, "Obama's former campaign strategist", is often the
        // person named last: left to the role lookups below.)
        let owned = words.first.map(lexicons.possessives.contains) == true
            || (owner == nil && words.dropLast().contains { NameToken.strippingPossessive($0) != $0 })
        // "the couple", "the pair": a word for two people, though not a plural.
        if lexicons.isPluralPersonNoun(head) || lexicons.pairNouns.contains(head), !owned {
            // A plural ("the leaders"): the people named just before, when
            // there are two in one paragraph; "the researchers" after one is
            // a group of its own, and so are an owner's people
            // ("Alexander-Arnold's representatives") and "the authors" after
            // an author and, a paragraph later, an outside expert.
            // Only a count or a word for a pair says so: "the stewards" are others (lexicon pair_nouns).
            let mayBePair = lexicons.pairNouns.contains(head) || content.contains(where: lexicons.countWords.contains)
            if owner == nil, mayBePair, let group = index.recentPeople(before: offset), group.count > 1,
               namedInOneParagraph(group, before: offset) {
                return (lexicons.joinGroup(group.map { index.persons[$0].name }), .description, false, nil)
            }
            return (withoutDeterminer(asWritten), .unresolved, false, nil)
        }
        if isPersonNoun {
            let gender = describedGender(content)
            // "Merz's spokesman" is nobody named so far but an aide of a known person.
            if owned || ownedByPerson(asWritten) {
                // A thing's person may be named next with the role: "The city's police chief … ¶ Chief Marcus Bell told reporters",
                // "alongside her attorney, who told reporters … ¶ … said the attorney, Mark Delgado".
                if !ownedByPerson(asWritten),
                   let named = namedNext(head: head, words: content, asWritten: asWritten, after: offset) {
                    return named
                }
                if content == [head], let gender, let kin = relative(ownedBy: words[0], gender: gender, before: start) { return byDescription(kin) }
                return (withoutDeterminer(asWritten), .unresolved, true, gender)
            }
            let other: EntityIndex.Gender? = gender?.other
            // A former role says nothing of the title someone holds now.
            // Nor do a nationality ("the Dutchman") and an age ("the 32-year-old"):
            // they are no office that a title rules out.
            let isOffice = !lexicons.demonyms.contains(head) && head.utf8.first.map({ $0 &- 0x30 >= 10 }) == true
            // Nor does a word for whoever leads (lexicon generic_heads) with no capital around it:
            // "the head of state" is President Zelensky ("the head of the IMF", "the Conservative leader", a headline's "NATO chief" are not).
            let leadsUnnamedBody = lexicons.genericHeads.contains(head)
                && !written.contains { $0.first?.isUppercase == true && !lexicons.determiners.contains($0.lowercased()) }
            let current = isFormer || !isOffice || leadsUnnamedBody ? nil : head
            if definite, content == [head], introducedUnnamed(head: head, before: start) { return (withoutDeterminer(asWritten), .unresolved, true, gender) }
            // Someone named before the description, and not by it: "The agent of Kylian Mbappé" is not Mbappé.
            let before = min(offset, start)
            let isNamedIn = { (name: String) in name.lowercased().spaceSeparatedWords.contains(where: content.contains) }
            // With an owner, no one who holds another role: "The European Union's
            // foreign policy chief" is not "Foreign Ministry spokeswoman Maria Zakharova".
            // A body that spoke is an owner whose office only someone given it holds:
            // "NASA's inspector general" is not Amit Kshatriya, "who oversees the moon-to-Mars program"
            // ("Obama's former campaign strategist" may be David Axelrod, named just before).
            let ownerSpoke = owner.map { owner in recentEvents(before: start).contains { !$0.isPerson && $0.words.contains(owner) } } ?? false
            let fitsOwned = { (person: EntityIndex.Person) in
                owner == nil || (ownerSpoke ? self.holdsRole(person, head) : !self.holdsOtherRole(person, than: head))
            }
            // "the daughter of one victim": someone's relation or aide, given by another person's
            // role, is no one named before whom the text did not give that role (tried above).
            if tail.contains(where: lexicons.isPersonNoun), tail.first.map(lexicons.partOfPrepositions.contains) == true {
                return namedNext(head: head, words: content, asWritten: asWritten, after: offset)
                    ?? (withoutDeterminer(asWritten), .unresolved, true, gender)
            }
            if let newcomer = newcomer(before: before, excluding: other, role: current), !isNamedIn(index.persons[newcomer].name),
               !isOwner(index.persons[newcomer]), index.persons[newcomer].roles.isDisjoint(with: rivals), fitsOwned(index.persons[newcomer]),
               !namedAfterDescription(index.persons[newcomer], head: head, before: before) {
                return byDescription(newcomer)
            }
            // "But one former minister, speaking anonymously, said … “…,” the MP said": someone
            // unnamed spoke after the last person named, and no role says which; the words as written.
            // (Not someone's person: "Gary Johnson's doctor" is no "GOP nominee".)
            if let last = lastPersonEvent(before: before),
               last.isUnresolved || (last.calledBy != nil && !index.names(last.name)),
               !last.words.contains(where: { NameToken.strippingPossessive($0) != $0 || lexicons.possessives.contains($0) }) {
                return (withoutDeterminer(asWritten), .unresolved, true, gender)
            }
            let person = latestPerson(before: before, excluding: other, method: .description, role: current, rivals: rivals, describedAs: content,
                                      notNamed: clauseObject(after: start + asWritten.utf8.count))
            // Someone of another body is no "head of the Home Office": when the description ends in a
            // named body, the last person named only if the text ties them to it (a role or name word).
            let endsInNamedBody = !named.isEmpty && lexicons.orgNouns.contains(written.last?.lowercased().trimmingPunctuation ?? "")
            let ofNamedBody = { (found: Int) in
                !endsInNamedBody || !self.index.persons[found].roles.union(self.index.persons[found].tokens.map { $0.lowercased() }).isDisjoint(with: named)
            }
            if let name = person.0, !isNamedIn(name),
               !(self.person(named: name.spaceSeparatedWords).map {
                   isOwner(index.persons[$0]) || !fitsOwned(index.persons[$0]) || !ofNamedBody($0) || heldBeforeNamed($0, role: head)
                       || acronymsDisagree(index.persons[$0], asWritten: asWritten, head: head)
               } ?? false) {
                return person
            }
            // No one named yet: a lead names them in the next paragraph, with the role.
            if let named = namedNext(head: head, words: content, asWritten: asWritten, after: offset) { return named }
            if let named = namedLater(words: words, head: head, asWritten: asWritten, at: start, excluding: other, after: offset) {
                return byDescription(named)
            }
            if person.0 == nil, definite, lexicons.isTitle(head),
               let opener = nextParagraphOpener(describedBy: lexicons.withAliases(content), excluding: other, after: offset)
                ?? protagonist(excluding: other, rivals: rivals, before: start) {
                return byDescription(opener)
            }
            return (withoutDeterminer(asWritten), .unresolved, true, gender)
        }
        // An institution no earlier source shares a word with: the words as
        // written. The latest organisation named was more often another one
        // ("the company" after "the IMF"); but "the company" alone, with no
        // owner or modifier, is the organisation the headline or lead quotes.
        // No noun heads it ("Those close to him"): the words as written, determiner kept.
        // A business that spoke in the description's own paragraph comes first:
        // "The start-up, DeepSeek, did not respond … the company said" is not the lead's OpenAI.
        // "the union", "the court": a body's noun alone.
        let bareBody = isOrganisation && definite && owner == nil && content == [head]
        // "The organisation" that the lead's body may be called comes before a business.
        if bareBody, let body = previousSentenceBody(calledBy: head, before: start) ?? lastBody(calledBy: head, before: offset) {
            return (body.name, .description, false, nil)
        }
        if lexicons.companyNouns.contains(head), owner == nil, content == [head] {
            if let subject = ownSentenceSubject(at: start, head: head) { return (subject, .description, false, nil) }
            let previous = previousBusiness(head: head, before: offset)
            // "The company denied … ¶ “…,” the company said": the business the text keeps calling so.
            if let previous, inOneParagraph(previous.offset, start) || previous.calledBy.map(lexicons.companyNouns.contains) == true {
                return (previous.name, .description, false, nil)
            }
            if let subject = previousSentenceSubject(before: start, head: head) { return (subject, .description, false, nil) }
            if let lead = leadOrganisation(head: head, before: offset)?.name ?? previous?.name ?? leadBusinessName(head: head, before: offset) {
                return (lead, .description, false, nil)
            }
        }
        // "Hamas accused Israel … ¶ the Palestinian militant group said": with
        // words that name no one (lower-case, a nationality), the business that just spoke.
        if lexicons.companyNouns.contains(head), owner == nil, content.count > 1, content.last == head,
           content.dropLast().allSatisfy({ isGenericModifier($0, in: asWritten) }),
           let last = ownSentenceSubject(at: start, head: head) ?? previousBusiness(head: head, before: offset)?.name
            ?? leadBusinessName(head: head, before: offset) {
            return (last, .description, false, nil)
        }
        if isOrganisation, owner == nil, content == [head], let issuer = issuer(of: head, before: offset, outside: start) {
            return (issuer.name, .description, issuer.isPerson, issuer.gender)
        }
        if bareBody, let body = namedBody(head: head, before: start) {
            return (body, .description, false, nil)
        }
        if isOrganisation, definite, owner == nil, let sentence = sentence(around: start), followsComma(start, in: sentence),
           let body = nextParagraphBody(after: offset) {
            return (body, .description, false, nil)
        }
        let given = isOrganisation ? withoutDeterminer(asWritten) : firstSegment(of: asWritten).trimmingBlanks
        return (given.isEmpty ? nil : given, .unresolved, false, nil)
    }

    /// "Water bills will rise …, the industry regulator has announced. ¶ Ofwat said …": a body
    /// the lead describes after its news (not "The foreign ministry said … ¶ The Kremlin rejected …")
    /// and names nowhere before is the one that opens the next paragraph and speaks there
    /// (a speech verb right after its name), named there for the first time.
    private func nextParagraphBody(after offset: Int) -> String? {
        guard let (paragraph, sentence) = nextParagraphOpening(after: offset),
              let tokens = openingTokens(before: sentence.upperBound), let name = openingName(tokens),
              text.wordCount(of: name, upTo: 1, in: 0..<paragraph.lowerBound) == 0 else { return nil }
        let last = name.spaceSeparatedWords.last.map(NameToken.strippingPossessive)
        let after = tokens.drop { $0.bare != last }.dropFirst().prefix(2).map(\.bareLower)
        return after.contains(where: lexicons.speechVerbs.contains) ? name : nil
    }

    /// "Oil-producing nations" share no word with "a United Nations report": a
    /// word written in lower case is not that word capitalized inside a name
    /// (past its first word, which may open a sentence). Only without a
    /// determiner: "the fund" is the International Monetary Fund.
    private func sharesWordInCase(_ asWritten: String, with event: Event) -> Bool {
        let written = asWritten.spaceSeparatedWords
        if let first = written.first, lexicons.determiners.contains(first.lowercased()) { return true }
        let inside = event.name.spaceSeparatedWords.dropFirst().filter { $0.first?.isUppercase == true }.map { $0.lowercased() }
        let shared = written.filter { event.words.contains($0.lowercased()) }
        return shared.isEmpty || shared.contains { $0.first?.isUppercase == true || !inside.contains($0.lowercased()) }
    }

    /// "The man accused of murdering a teenager … told a jury ¶ Giving evidence,
    /// Kevin Marsh, 24, said": a description that accuses someone (lexicon
    /// defendant_markers), or a man or woman described by a clause ("A woman
    /// who was rescued from the rubble … has described"), with no one named
    /// before, is the first person the next paragraph names, when no title
    /// or role makes them someone else (an official, a passenger).
    private func namedLater(words: [String], head: String, asWritten: String, at start: Int, excluding other: EntityIndex.Gender?,
                            after offset: Int) -> Int? {
        // The clause may follow the words that named the source: "A woman who was rescued … has described".
        let end = start + asWritten.utf8.count
        let clause = text.firstWord(in: end..<min(end + 8, text.bytes.count)).map(lexicons.relativePronouns.contains) == true
        let described = (clause || words.firstIndex(of: head).map { $0 + 1 < words.count } == true)
            && (lexicons.maleWords.contains(head) || lexicons.femaleWords.contains(head))
        guard described || words.contains(where: lexicons.defendantMarkers.contains), lastPersonEvent(before: offset) == nil else { return nil }
        let range = offset..<nextParagraphEnd(after: offset)
        guard let found = index.firstPerson(in: range, excluding: other) else { return nil }
        let person = index.persons[found]
        guard person.lastOccurrence(before: offset) == nil, officeTitles(person.roles.filter(lexicons.isTitle)).isEmpty,
              !person.roles.contains(where: lexicons.isPersonNoun) else { return nil }
        return found
    }

    /// "the head of the Pentagon Pete Hegseth": a description that ends in a
    /// person's full name right after a body's name, with no comma before it
    /// (translated news) or a minister's brief ("the Minister of State for
    /// Trade Lee Ho Chun"), is that person. Not a name after a title or a
    /// function word, who owns the description ("A former aide to Mayor
    /// Raymond Castillo", "A representative for Taylor Swift").
    private func fullNameAtEnd(of asWritten: String) -> Int? {
        let written = asWritten.spaceSeparatedWords.map(\.trimmingPunctuation)
        guard written.count > 3, !asWritten.contains(",") else { return nil }
        for count in (2...min(4, written.count - 2)).reversed() {
            let words = Array(written.suffix(count)), before = written[written.count - count - 1]
            // A known first name, or a body's noun or a country just before: not "the group Families Belong Together".
            let lower = before.lowercased()
            // A body's noun in lower case too: "the head of the department Robert Habeck".
            let body = lexicons.orgNouns.contains(lower) && !lexicons.bareSources.contains(lower)
            guard before.first?.isUppercase == true || body, !lexicons.isTitle(before), words.allSatisfy({ $0.first?.isUppercase == true }),
                  lexicons.isFirstName(words[0].lowercased()) || body || lexicons.countryNames.contains(lower) || lexicons.portfolios.contains(lower),
                  let found = person(named: words), index.persons[found].isConfirmed, index.persons[found].tokens == words else { continue }
            return found
        }
        return nil
    }

    /// A source that is a text, not who wrote it: "A new study", "the report".
    private func isDocument(_ event: Event) -> Bool {
        (event.calledBy ?? event.words.last).map(lexicons.documentNouns.contains) ?? false
    }

    /// "Nvidia fell 4.5% after a report … The company declined to comment":
    /// the name that opens the sentence before, in the same paragraph, when
    /// no one was said to speak there (a source there was weighed already:
    /// "The IMF cautioned …" is no company) and it may be a business (no
    /// person, place or body of another kind: not "Whistleblower Sam
    /// Salehpour", "The Civil Aviation Authority").
    private func previousSentenceSubject(before start: Int, head: String) -> String? {
        guard let own = sentence(around: start), let previous = sentences.last(where: { $0.upperBound <= own.lowerBound }),
              inOneParagraph(previous.lowerBound, start), !hasEvent(in: previous) else { return nil }
        return businessOpening(previous.lowerBound..<previous.upperBound, head: head)
    }

    /// "Acme Robotics has raised $40m, the company said", "Shares of Harborview
    /// Bancorp fell after the regional lender disclosed …": the business that
    /// opens the description's own sentence.
    private func ownSentenceSubject(at start: Int, head: String) -> String? {
        guard let own = sentence(around: start), own.lowerBound < start,
              let name = businessOpening(own.lowerBound..<start, head: head) else { return nil }
        // A sentence's first capital may be a common noun ("Shares of Vantix fell …, the company said"):
        // one word is a name when the text also writes it capitalized inside a sentence.
        return name.spaceSeparatedWords.count > 1 || lexicons.isPossessiveName(name) || text.occursMidSentence(name, in: articleWindow(around: own)) ? name : nil
    }

    /// An article's length of text on either side of `range`: where a name is looked for again.
    private func articleWindow(around range: Range<Int>) -> Range<Int> {
        max(0, range.lowerBound - Self.articleReach)..<min(text.bytes.count, range.upperBound + Self.articleReach)
    }

    /// The name that opens `range`, when it may be a business and no person is named there first.
    private func businessOpening(_ range: Range<Int>, head: String) -> String? {
        let opening = range.lowerBound..<min(range.upperBound, range.lowerBound + Self.openingPhraseReach)
        guard index.firstPerson(in: opening, excluding: nil) == nil,
              let name = openingName(withoutDateline(NameTokenizer.tokens(in: text, range: opening))),
              isBusinessName(Event(offset: range.lowerBound, name: name, isPerson: false, gender: nil), head: head, named: true)
        else { return nil }
        return name
    }

    /// The first organisation the headline or the lead paragraph names as a
    /// source (“Nvidia forecast …”), when it is named, is no person and no
    /// body of another kind ("the company" is not the Labor Department).
    private func leadOrganisation(head: String, before offset: Int) -> Event? {
        guard let first = paragraphs.first else { return nil }
        let lead = first.lowerBound..<paragraphs[min(1, paragraphs.count - 1)].upperBound
        return earlier(than: min(offset, lead.upperBound)).first { $0.offset >= lead.lowerBound && isBusinessName($0, head: head) }
    }

    /// "Shares of Halvorsen Foods slump ¶ Shares in Halvorsen Foods fell … ¶
    /// The company now expects": when no business speaks in the headline or
    /// the lead, the first name in the lead that is no person, place or
    /// group, that the headline names too, first ("Tesla recalls …") or
    /// where the article comes back to it after the lead ("Halvorsen's
    /// finance chief"; not "Series B", not the investor "Sequoia Capital").
    /// The lead, not the headline, gives the name: in title case, "Acme
    /// Robotics Raises" is one.
    private func leadBusinessName(head: String, before offset: Int) -> String? {
        guard paragraphs.count > 1, paragraphs[1].lowerBound < offset else { return nil }
        let headline = paragraphs[0], paragraph = paragraphs[1]
        let lead = paragraph.lowerBound..<min(offset, paragraph.upperBound)
        // Read one article's length, not all of a long document, for every "the company".
        let article = 0..<min(text.bytes.count, paragraph.upperBound + Self.articleReach)
        // Names of two words or more (the index holds them), then single capitalized words
        // that are no part of such a name ("Musk", "Acme") and that the text writes
        // capitalized inside a sentence ("shares of Nvidia"; not "Shares of").
        let runs = index.persons.filter { !$0.isConfirmed }.compactMap { person in person.firstOccurrence(in: lead).map { (person, $0) } }
            .sorted { $0.1 < $1.1 }.map { $0.0.name }
        let leadWords = text.string(lead).spaceSeparatedWords
        let opening = text.string(headline).spaceSeparatedWords.first?.lowercased()
        // A brand's possessive stays: "Sainsbury's is recalling …" (lexicon possessive_names).
        let bareLead = leadWords.map { word in
            lexicons.isPossessiveName(word.trimmingPunctuation) ? word.trimmingPunctuation : NameToken.strippingPossessive(word.trimmingPunctuation)
        }
        // "Nike shares slide … ¶ Nike shares fell …": a word that opens both the headline and
        // the lead, and that the text never writes in lower case, is a name too.
        let opensBoth = { (word: String) in
            word == bareLead.first && word.lowercased() == opening && text.wordCount(of: word.lowercased(), upTo: 1, in: article) == 0
        }
        let words = bareLead
            .filter { word in
                word.first?.isUppercase == true && word.count > 2 && !lexicons.endsName(lowered: word.lowercased())
                    && !index.persons.contains { $0.tokens.contains(word) } && (text.occursMidSentence(word, in: article) || opensBoth(word))
            }
        // "Automaker recalls …" over "DETROIT — Stellara Motors is recalling …": a headline
        // that opens with a business's noun names the business the lead opens with.
        // ("Budget carrier SkyLink" names it after its noun.)
        let introduced = introducedBusiness(in: leadWords, head: head)
        if let opening, lexicons.companyNouns.contains(opening), let first = sentences.first(where: { paragraph.contains($0.lowerBound) }),
           let name = introduced ?? openingTokens(before: first.upperBound).flatMap(openingName) {
            return name
        }
        let named = (runs + words).first { name in
            let word = name.spaceSeparatedWords[0].lowercased()
            return isBusinessName(Event(offset: lead.lowerBound, name: name, isPerson: false, gender: nil), head: head)
                && text.containsWord(word, in: headline)
                && (word == opening || text.containsWord(word, in: paragraph.upperBound..<article.upperBound))
        }
        return named ?? introduced
            ?? suffixedBusiness(in: leadWords, head: head, headline: headline, later: paragraph.upperBound..<article.upperBound)
            ?? owningBusiness(in: leadWords, head: head, lead: lead.lowerBound, later: paragraph.upperBound..<article.upperBound)
    }

    /// The name the lead gives a business with its legal ending: "Apple Inc
    /// on Tuesday unveiled …", "Ford Motor Co said" (capitalized, after a
    /// capitalized word), when the headline or the rest of the article names it too.
    private func suffixedBusiness(in words: [String], head: String, headline: Range<Int>, later: Range<Int>) -> String? {
        guard let ending = words.indices.dropFirst().first(where: { position in
            let bare = NameToken.strippingPossessive(words[position].trimmingPunctuation)
            return bare.first?.isUppercase == true && lexicons.companyNouns.contains(bare.lowercased())
                && words[position - 1].first?.isUppercase == true && words[position - 1].trimmingPunctuation == words[position - 1]
        }) else { return nil }
        var start = ending - 1
        while start > 0, words[start - 1].first?.isUppercase == true || words[start - 1] == "&",
              words[start - 1].trimmingPunctuation == words[start - 1] { start -= 1 }
        while start < ending, words[start] == "&" || lexicons.determiners.contains(words[start].lowercased()) { start += 1 }
        let name = (words[start..<ending] + [NameToken.strippingPossessive(words[ending].trimmingPunctuation)]).joined(separator: " ")
        let first = words[start].lowercased()
        guard start < ending, text.containsWord(first, in: headline) || text.containsWord(first, in: later),
              isBusinessName(Event(offset: 0, name: name, isPerson: false, gender: nil), head: head, named: true) else { return nil }
        return name
    }

    /// With no business in the headline, the one whose body the lead names
    /// ("Tesla's board is said to be weighing …") and the article names again.
    private func owningBusiness(in words: [String], head: String, lead: Int, later: Range<Int>) -> String? {
        guard let owner = words.indices.dropLast().first(where: { position in
            let word = words[position]
            return NameToken.strippingPossessive(word) != word && lexicons.orgNouns.contains(words[position + 1].lowercased().trimmingPunctuation)
        }) else { return nil }
        let name = NameToken.strippingPossessive(words[owner])
        guard name.first?.isUppercase == true, !index.persons.contains(where: { $0.tokens.contains(name) }),
              isBusinessName(Event(offset: lead, name: name, isPerson: false, gender: nil), head: head, named: true),
              text.containsWord(name.lowercased(), in: later) else { return nil }
        return name
    }

    /// The name the lead calls a business by the noun right before it:
    /// "Budget carrier SkyLink has grounded …", "Homewares chain Barlow & Finch on Thursday cut …".
    private func introducedBusiness(in words: [String], head: String) -> String? {
        guard let noun = words.indices.dropLast().first(where: { lexicons.companyNouns.contains(words[$0].lowercased())
            && words[$0 + 1].first?.isUppercase == true }) else { return nil }
        var name: [String] = []
        for word in words[(noun + 1)...] {
            if word == "&" && !name.isEmpty { name.append(word); continue }
            let bare = NameToken.strippingPossessive(word.trimmingPunctuation)
            guard bare.first?.isUppercase == true else { break }
            name.append(bare)
            if bare != word { break }
        }
        while name.last == "&" { name.removeLast() }
        // No weekday or other word that is never a name: "the company Monday".
        guard let first = name.first, !lexicons.endsName(lowered: first.lowercased()) else { return nil }
        let joined = name.joined(separator: " ")
        return isBusinessName(Event(offset: 0, name: joined, isPerson: false, gender: nil), head: head, named: true) ? joined : nil
    }

    /// Bytes after the lead in which a business named there is looked for again.
    private static let articleReach = 20_000

    /// A description's word that names nobody: written in lower case
    /// ("militant"), a nationality ("Palestinian") or a place or backer
    /// joined to a participle ("Minneapolis-based").
    private func isGenericModifier(_ word: String, in asWritten: String) -> Bool {
        lexicons.nationalities.contains(word)
            || asWritten.spaceSeparatedWords.contains { $0 == word || ($0.lowercased() == word && NameToken.isAttributive($0)) }
    }

    /// "Pacific Gas & Electric said … ¶ “…,” the utility said": the business
    /// that spoke last, in this paragraph or the one before, when nobody spoke in between.
    /// A one-word name that spoke in the body may stand there once
    /// ("Ticketmaster said in a statement … ¶ The company denied").
    /// "the agency" may be any body, past a person who spoke in between:
    /// "The National Highway Traffic Safety Administration said … the agency said";
    /// "FEMA said … ¶ Trump said … That is not accurate, according to the agency".
    private func previousBusiness(head: String, before offset: Int) -> Event? {
        let body = lexicons.bodyNouns.contains(head)
        let events = earlier(than: offset)
        guard let last = body ? events.last(where: { !$0.isPerson }) : events.last, isNear(last, offset) else { return nil }
        let named = paragraphs.count > 1 && last.offset >= paragraphs[1].lowerBound
        return isBusinessName(last, head: head, named: named) || (body && isBodyName(last)) ? last : nil
    }

    /// A source that names an organisation by its own body noun: capitalized,
    /// no person, place or group of people ("National Highway Traffic Safety Administration").
    private func isBodyName(_ event: Event) -> Bool {
        guard let last = event.words.last, lexicons.orgNouns.contains(last) else { return false }
        return namesOrganisation(event)
    }

    /// Capitalized, no person, group of people or place, and no word for
    /// people in it ("Regulators", "Health officials", "CEO").
    private func namesOrganisation(_ event: Event) -> Bool {
        guard !event.isPerson, event.name.first?.isUppercase == true,
              let word = event.words.first, !lexicons.determiners.contains(word), !lexicons.indefinites.contains(word),
              !index.confirms(event.name), !isPlaceName(event.words) else { return false }
        return (!lexicons.isGroupName(event.name)
                && !event.words.contains { lexicons.isPersonNoun($0) || lexicons.isTitle($0) || lexicons.bareSources.contains($0) })
            || isIncorporated(event.name, near: event.offset)
    }

    /// "FDA" after "The Food and Drug Administration is warning": an acronym
    /// of a body a source names in full is that body, no business.
    private func spellsBody(_ event: Event) -> Bool {
        guard event.words.count == 1, event.name.utf8.count > 1, event.name.utf8.allSatisfy(\.isASCIIUppercase) else { return false }
        return recentEvents(before: event.offset + Self.articleReach, reach: 2 * Self.articleReach).contains { other in
            other.words.count > 2 && other.words.contains { lexicons.orgNouns.contains($0) && !lexicons.companyNouns.contains($0) }
                && String(other.name.spaceSeparatedWords.compactMap { $0.first?.isUppercase == true ? $0.first : nil }) == event.name
        }
    }

    /// "shipped by Bedner Growers Inc.": a name the text gives a corporate
    /// suffix is a business, whatever its last word says ("Growers").
    private func isIncorporated(_ name: String, near offset: Int) -> Bool {
        let length = name.utf8.count
        return text.wordCount(of: name, upTo: 1, in: articleWindow(around: offset..<offset)) { offset in
            let after = offset + length
            return text.firstWord(in: after..<min(after + 8, text.bytes.count)).map(lexicons.isCorporateSuffix) ?? false
        } > 0
    }

    /// "In a statement, Boeing said … “…,” the statement said": the source
    /// that spoke last, in this paragraph or the one before, in a sentence
    /// that names the thing (“statement”, “letter”) the description is;
    /// an earlier sentence than the description's own, which names it too.
    /// In the description's own paragraph a document (lexicon document_nouns)
    /// need not be named: "Netanyahu's office said he had ordered the
    /// strike. “…,” the statement said." ("The court heard" is no one's there.)
    private func issuer(of head: String, before offset: Int, outside start: Int) -> Event? {
        // Only a document is what its issuer's sentence names: "surrounded by family" makes no publicist "the family".
        guard lexicons.documentNouns.contains(head), let last = earlier(than: offset).last, isNear(last, offset),
              let range = sentence(around: last.offset), range.upperBound <= start else { return nil }
        if inOneParagraph(last.offset, start) { return last }
        let words = text.string(range).lowercased().spaceSeparatedWords.map(\.trimmingPunctuation)
        return words.contains(head) ? last : nil
    }

    /// "The British Medical Association announced … ¶ The union said": the
    /// organisation the headline or lead quotes first, when `head` may name
    /// any organisation (lexicon generic_bodies), its name holds one such
    /// noun and no other kind of body, and no other such organisation spoke since. ("AT&T
    /// said … ¶ The union, which represents nurses, said" is another one.)
    private func lastBody(calledBy head: String, before offset: Int) -> Event? {
        guard lexicons.genericBodies.contains(head), paragraphs.count > 1 else { return nil }
        let lead = paragraphs[0].lowerBound..<paragraphs[1].upperBound
        guard let first = earlier(than: min(offset, lead.upperBound)).first(where: { $0.offset >= lead.lowerBound && !$0.isPerson }),
              mayBeAnyBody(first), earlier(than: offset).last(where: mayBeAnyBody)?.name == first.name,
              // Its name says it is such a body ("… Association"): "Amazon said … The union said" is another one.
              first.words.contains(where: lexicons.genericBodies.contains) else { return nil }
        return first
    }

    /// "The American Academy of Pediatrics has urged parents … The group said": a
    /// noun any organisation may be called by (lexicon any_body_nouns), right after
    /// a sentence of the same paragraph in which one named organisation, and no one
    /// else, spoke, is that organisation, whatever kind of body its name says.
    private func previousSentenceBody(calledBy head: String, before start: Int) -> Event? {
        guard lexicons.anyBodyNouns.contains(head), let own = sentence(around: start),
              let previous = sentences.last(where: { $0.upperBound <= own.lowerBound }), inOneParagraph(previous.lowerBound, start) else { return nil }
        let spoken = timeline[end(before: previous.lowerBound)..<end(before: previous.upperBound)]
        guard let body = spoken.first, spoken.allSatisfy({ $0.name == body.name }), isNamedOrganisation(body) else { return nil }
        return body
    }

    /// A named organisation that a generic noun may stand for: one
    /// `isNamedOrganisation` accepts, with no body noun of another kind
    /// ("Department of Health"; an "and" may be in the name: Food and Drink Federation).
    private func mayBeAnyBody(_ event: Event) -> Bool {
        isNamedOrganisation(event) && !event.words.contains { lexicons.orgNouns.contains($0) && !lexicons.genericBodies.contains($0) }
    }

    /// A source named with a capital that is no person, place or group of people ("officials").
    private func isNamedOrganisation(_ event: Event) -> Bool {
        guard !event.isPerson, !event.isUnresolved, event.name.first?.isUppercase == true, !isPlaceName(event.words),
              let end = event.words.last else { return false }
        return !lexicons.isPluralPersonNoun(end) && !lexicons.bareSources.contains(end)
    }

    /// "the High Court refusing him leave … ¶ the court said": the body last
    /// named with the noun as its last word, in this paragraph or the two
    /// before (or within `reach` bytes), when no source spoke of it.
    private func namedBody(head: String, before start: Int, reach: Int? = nil) -> String? {
        guard !paragraphs.isEmpty else { return nil }
        let first = reach.map { max(0, start - $0) } ?? paragraphs[max(0, paragraphIndex(of: start) - 2)].lowerBound
        var tokens = NameTokenizer.tokens(in: text, range: first..<start)
        EntityIndex.markJoinedParticles(&tokens, lexicons: lexicons)
        guard var run = EntityIndex.capitalizedRuns(tokens, lexicons: lexicons).last(where: { tokens[$0.upperBound - 1].bareLower == head }) else { return nil }
        while run.count > 1, lexicons.determiners.contains(tokens[run.lowerBound].lower) { run = (run.lowerBound + 1)..<run.upperBound }
        guard run.count > 1 else { return nil }
        let name = tokens[run].map(\.bare).joined(separator: " ")
        // A source that spoke under a fuller name that ends so: "Avon and Somerset Police" (the "and" splits the run).
        let ending = " " + name
        return earlier(than: start).last { !$0.isPerson && $0.name.hasSuffix(ending) }?.name ?? name
    }

    /// How far back "the Commission" looks for the body's full name: an article's length.
    private static let bodyNameReach = 6_000

    /// "Britain, France and Germany announced … The three countries said":
    /// a counted plural source is the group that spoke last, in this
    /// paragraph or the one before.
    private func countedGroup(words: [String], content: [String], head: String, before offset: Int) -> Event? {
        guard lexicons.bareSources.contains(head), words.contains(where: lexicons.countWords.contains),
              content.allSatisfy({ $0 == head || lexicons.countWords.contains($0) }),
              let last = earlier(than: offset).last, !last.isPerson, lexicons.isGroupName(last.name) else { return nil }
        return isNear(last, offset) ? last : nil
    }

    /// The event lies in the paragraph of `offset` or the one before.
    private func isNear(_ event: Event, _ offset: Int) -> Bool {
        let paragraph = paragraphIndex(of: offset)
        return paragraph < paragraphs.count && event.offset >= paragraphs[max(0, paragraph - 1)].lowerBound
    }

    /// The index of the paragraph that holds `offset` (or ends before it).
    /// "The Justice Secretary told the Commons … ¶ Shabana Mahmood said: …": an office
    /// the lead gives no one is held by the person who opens the next paragraph,
    /// named there for the first time and given no role the description lacks
    /// ("Ireland's foreign minister, Simon Coveney" is not "The prime minister").
    private func nextParagraphOpener(describedBy words: Set<String>, excluding other: EntityIndex.Gender?, after offset: Int) -> Int? {
        guard let (paragraph, sentence) = nextParagraphOpening(after: offset),
              let found = index.firstPerson(in: subjectRange(of: sentence), excluding: other),
              let first = index.persons[found].occurrences.first, first >= paragraph.lowerBound else { return nil }
        let roles = specificRoles(index.persons[found].roles).filter { !lexicons.maleWords.contains($0) && !lexicons.femaleWords.contains($0) }
        // A word for whoever leads rules no office out: "NATO chief" is "NATO Secretary General Jens Stoltenberg", who shares the body.
        let headsSharedBody = !words.isDisjoint(with: lexicons.genericHeads)
            && !index.persons[found].roles.intersection(words).subtracting(lexicons.genericHeads).isEmpty
        return roles.isSubset(of: words) || headsSharedBody ? found : nil
    }

    /// The paragraph after the one that holds `offset`, when it is the lead's next (or the
    /// lead, after a headline), and its first sentence.
    private func nextParagraphOpening(after offset: Int) -> (paragraph: Range<Int>, sentence: Range<Int>)? {
        let number = paragraphIndex(of: offset) + 1
        guard number <= Self.openerParagraph, number < paragraphs.count else { return nil }
        let paragraph = paragraphs[number]
        let position = sentences.partitionIndex { $0.lowerBound < paragraph.lowerBound }
        guard position < sentences.count, paragraph.contains(sentences[position].lowerBound) else { return nil }
        return (paragraph, sentences[position])
    }

    /// "Reeves accused of … ¶ Rachel Reeves has been accused … ¶ The chancellor insisted …": the
    /// person whose surname opens the headline and who opens the lead, given no role anywhere,
    /// holds the office the text later names unnamed.
    private func protagonist(excluding other: EntityIndex.Gender?, rivals: Set<String>, before start: Int) -> Int? {
        guard paragraphs.count > 1, let lead = sentences.first(where: { $0.lowerBound >= paragraphs[1].lowerBound }),
              lead.upperBound <= start, case let subject = subjectRange(of: lead),
              let found = index.firstPerson(in: subject, excluding: other),
              let named = index.persons[found].firstOccurrence(in: subject),
              // The name opens the lead, after its titles only ("Sir Keir Starmer has defended …").
              text.string(text.trimmed(subject).lowerBound..<named).spaceSeparatedWords.allSatisfy(lexicons.isTitle),
              officeTitles(specificRoles(index.persons[found].roles)).isEmpty,
              learnedOffices[index.persons[found].name]?.isDisjoint(with: rivals) != false,
              case let surname = index.persons[found].surname.lowercased(),
              text.firstWord(in: paragraphs[0], reach: surname.utf8.count + 1) == surname else { return nil }
        return found
    }

    /// A person's titles and role nouns, without the words for whoever leads (lexicon generic_heads).
    private func specificRoles(_ roles: Set<String>) -> Set<String> {
        roles.filter { (lexicons.isTitle($0) || lexicons.isPersonNoun($0)) && !lexicons.genericHeads.contains($0) }
    }

    /// The last paragraph whose opener a lead's office may name: the one after the lead (the headline is paragraph 0).
    private static let openerParagraph = 2

    private func paragraphIndex(of offset: Int) -> Int { paragraphs.partitionIndex { $0.upperBound <= offset } }

    private func inOneParagraph(_ first: Int, _ second: Int) -> Bool { paragraphIndex(of: first) == paragraphIndex(of: second) }

    private func spokeLastInPreviousParagraph(_ event: Event, before offset: Int, at start: Int) -> Bool {
        earlier(than: offset).last?.offset == event.offset && paragraphIndex(of: event.offset) + 1 == paragraphIndex(of: start)
    }

    /// A source named as a business may be: capitalized, no person, group or
    /// body of another kind. A two-word name never confirmed as a person's
    /// may be one ("Thames Water").
    /// `named`: the text calls it a business ("carrier SkyLink"), so once is enough.
    private func isBusinessName(_ event: Event, head: String, named: Bool = false) -> Bool {
        guard namesOrganisation(event), !spellsBody(event) else { return false }
        // A one-word name must stand in the text more than once ("Chipmaker" opening a headline is no name).
        if !named && event.words.count == 1 && text.wordCount(of: event.name, upTo: 2) < 2 { return false }
        return !event.words.contains { $0 != head && lexicons.orgNouns.contains($0) && !lexicons.companyNouns.contains($0) }
    }

    /// A country or region is no business: "North Korea warned … The airline
    /// apologised". "Bank of England" is one: it holds a body's noun.
    private func isPlaceName(_ words: [String]) -> Bool {
        guard let last = words.last, lexicons.countryNames.contains(last) || lexicons.placeNouns.contains(last) else { return false }
        return !words.contains(where: lexicons.orgNouns.contains)
    }

    /// A capitalized word of `asWritten` is one of the event's words.
    private func sharesName(_ asWritten: String, with event: Event) -> Bool {
        asWritten.spaceSeparatedWords.contains { word in
            word.first?.isUppercase == true && event.words.contains(NameToken.strippingPossessive(word).lowercased())
        }
    }

    /// A description as written up to the first comma that sets off a
    /// clause; the comma of a number ("100,000 adults") sets off nothing.
    private func firstSegment(of written: String) -> String {
        // A closing parenthesis names again what stands before it: "Alliance to Reclaim Our Schools (AROS)".
        let acronym = written.hasSuffix(")") ? written.range(of: " (", options: .backwards) : nil
        let asWritten = acronym.map { String(written[..<$0.lowerBound]) } ?? written
        let bytes = Array(asWritten.utf8)
        let isDigit = { (index: Int) in index >= 0 && index < bytes.count && bytes[index] &- 0x30 < 10 }
        guard let comma = bytes.indices.first(where: { bytes[$0] == UInt8(ascii: ",") && !(isDigit($0 - 1) && isDigit($0 + 1)) }) else {
            return asWritten
        }
        // "…for the Department for Environment, Food and Rural Affairs": the rest lists the name.
        let rest = String(decoding: bytes[(comma + 1)...], as: UTF8.self).replacingOccurrences(of: ",", with: " ").spaceSeparatedWords
        if rest.contains(where: lexicons.conjunctions.contains),
           rest.allSatisfy({ lexicons.conjunctions.contains($0) || $0.first?.isUppercase == true }) { return asWritten }
        return String(decoding: bytes[..<comma], as: UTF8.self)
    }

    /// The people's last mentions before `offset` lie in one paragraph.
    private func namedInOneParagraph(_ group: [Int], before offset: Int) -> Bool {
        let found = Set(group.compactMap { index.persons[$0].lastOccurrence(before: offset) }
            .map { at in paragraphIndex(of: at) })
        return found.count == 1
    }

    /// What to report when a description resolves to no one: the words as
    /// written, without the determiner ("Chinese foreign ministry", "foreign ministry").
    /// Worked out only then: most descriptions resolve.
    private func withoutDeterminer(_ asWritten: String) -> String {
        let written = firstSegment(of: asWritten).spaceSeparatedWords
        let leading = written.first.map { lexicons.determiners.contains($0.lowercased()) || lexicons.possessives.contains($0.lowercased()) } ?? false
        return (leading ? Array(written.dropFirst()) : written).joined(separator: " ").trimmingPunctuation
    }
}
