import Yams

/// What one rule file holds: its rules and its pattern macros.
struct RuleFile: Sendable {
    var rules: [RuleDefinition] = []
    var macros: [String: (text: String, location: SourceLocation)] = [:]
}

/// Reads a rule file strictly: bad YAML, unknown keys, wrong types and missing
/// fields are errors that name the file, line and column.
struct RuleFileParser {
    let file: String
    private(set) var errors: [RuleError] = []

    init(file: String) { self.file = file }

    static let topLevelKeys: Set<String> = ["rules", "macros", "version"]
    static let ruleKeys: Set<String> = [
        "id", "kind", "class", "priority", "description", "patterns", "not_patterns",
        "examples", "side", "scope", "confidence", "min_matches", "named_in_full", "owns_tail", "enabled",
    ]

    mutating func parse(_ text: String) -> RuleFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            errors.append(yamlError(error))
            return RuleFile()
        } catch {
            errors.append(RuleError("cannot read YAML: \(error)", file: file))
            return RuleFile()
        }
        guard let root, case .mapping(let mapping) = root else {
            errors.append(RuleError("a rule file must be a mapping with a 'rules:' list", file: file,
                                    location: location(root), hint: "start the file with 'rules:'"))
            return RuleFile()
        }
        var result = RuleFile()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "version": break
            case "macros": result.macros = parseMacros(value)
            case "rules":
                guard case .sequence(let sequence) = value else {
                    fail("'rules' must be a list", at: value)
                    continue
                }
                result.rules = sequence.compactMap { parseRule($0) }
            default:
                fail("unknown top-level key '\(key)'", at: keyNode, hint: "allowed: \(Self.topLevelKeys.sorted().joined(separator: ", "))")
            }
        }
        return result
    }

    private mutating func parseMacros(_ node: Node) -> [String: (text: String, location: SourceLocation)] {
        guard case .mapping(let mapping) = node else {
            fail("'macros' must map names to pattern fragments", at: node)
            return [:]
        }
        var macros: [String: (text: String, location: SourceLocation)] = [:]
        for (key, value) in mapping {
            guard let name = key.string, let text = scalarString(value) else {
                fail("a macro must be a name and a pattern string", at: key)
                continue
            }
            macros[name] = (text, location(value) ?? SourceLocation(file: file, line: 0, column: 0))
        }
        return macros
    }

    private mutating func parseRule(_ node: Node) -> RuleDefinition? {
        guard case .mapping(let mapping) = node else {
            fail("each rule must be a mapping (id, kind, patterns, …)", at: node)
            return nil
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if Self.ruleKeys.contains(name) {
                fields[name] = value
            } else {
                let id = mapping["id"]?.string
                errors.append(RuleError("unknown key '\(name)'", file: file, location: location(key), rule: id,
                                        hint: "allowed keys: \(Self.ruleKeys.sorted().joined(separator: ", "))"))
            }
        }
        let here = location(node) ?? SourceLocation(file: file, line: 0, column: 0)
        guard let id = requiredString("id", in: fields, rule: nil, at: here) else { return nil }
        guard idIsWellFormed(id) else {
            errors.append(RuleError("id '\(id)' is not of the form 'group.name' (lower case, digits, '-', '_', '.')",
                                    file: file, location: location(fields["id"]), rule: id))
            return nil
        }
        guard let kindText = requiredString("kind", in: fields, rule: id, at: here) else { return nil }
        guard let kind = RuleKind(rawValue: kindText) else {
            errors.append(RuleError("unknown kind '\(kindText)'", file: file, location: location(fields["kind"]), rule: id,
                                    hint: "kinds: \(RuleKind.allCases.map(\.rawValue).joined(separator: ", "))"))
            return nil
        }
        let description = requiredString("description", in: fields, rule: id, at: here) ?? ""
        let claimClass = parseClass(fields, kind: kind, rule: id, at: here)
        let patterns = stringList("patterns", in: fields, rule: id, required: true, at: here)
        let notPatterns = stringList("not_patterns", in: fields, rule: id, required: false, at: here)
        let side = parseEnum("side", QuoteSide.self, in: fields, rule: id, requiredFor: kind == .attribution, at: here)
        let scope = parseEnum("scope", BoilerplateScope.self, in: fields, rule: id, requiredFor: false, at: here)
        let priority = intValue("priority", in: fields, rule: id) ?? claimClass?.defaultPriority ?? 100
        let confidence = doubleValue("confidence", in: fields, rule: id) ?? 0.9
        let minMatches = parseMinMatches(fields, kind: kind, rule: id)
        let namedInFull = parseSourceFlag("named_in_full", fields, kind: kind, rule: id)
        let ownsTail = parseSourceFlag("owns_tail", fields, kind: kind, rule: id)
        let enabled = boolValue("enabled", in: fields, rule: id) ?? true
        let examples = parseExamples(fields["examples"], rule: id)
        return RuleDefinition(
            id: id, kind: kind, claimClass: claimClass, priority: priority, description: description,
            patterns: patterns.map(\.text), notPatterns: notPatterns.map(\.text), examples: examples,
            side: side, scope: kind == .boilerplate ? (scope ?? .line) : nil, confidence: confidence,
            minMatches: minMatches, namedInFull: namedInFull, ownsTail: ownsTail, enabled: enabled, location: here,
            patternLocations: patterns.map(\.location), notPatternLocations: notPatterns.map(\.location))
    }

    private mutating func parseMinMatches(_ fields: [String: Node], kind: RuleKind, rule: String) -> Int {
        guard let node = fields["min_matches"] else { return 1 }
        guard kind == .source else {
            fail("'min_matches' is only for rules of kind 'source'", at: node, rule: rule)
            return 1
        }
        guard let value = intValue("min_matches", in: fields, rule: rule) else { return 1 }
        guard value >= 1 else {
            fail("'min_matches' must be 1 or more", at: node, rule: rule)
            return 1
        }
        return value
    }

    private mutating func parseSourceFlag(_ key: String, _ fields: [String: Node], kind: RuleKind, rule: String) -> Bool {
        guard let node = fields[key] else { return false }
        guard kind == .source else {
            fail("'\(key)' is only for rules of kind 'source'", at: node, rule: rule)
            return false
        }
        return boolValue(key, in: fields, rule: rule) ?? false
    }

    private mutating func parseClass(_ fields: [String: Node], kind: RuleKind, rule: String, at here: SourceLocation) -> ClaimClass? {
        guard kind == .claim else {
            if fields["class"] != nil { fail("'class' is only for rules of kind 'claim'", at: fields["class"]!, rule: rule) }
            return nil
        }
        return parseEnum("class", ClaimClass.self, in: fields, rule: rule, requiredFor: true, at: here)
    }

    private mutating func parseExamples(_ node: Node?, rule: String) -> [RuleExample] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            fail("'examples' must be a list of 'match:' / 'no_match:' entries", at: node, rule: rule)
            return []
        }
        var examples: [RuleExample] = []
        for item in sequence {
            guard case .mapping(let mapping) = item else {
                fail("an example must be a mapping such as '- match: \"text\"'", at: item, rule: rule)
                continue
            }
            var text: String?
            var shouldMatch = true
            var groups: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.string, let string = scalarString(value) else {
                    fail("example fields must be strings", at: key, rule: rule)
                    continue
                }
                switch name {
                case "match": text = string; shouldMatch = true
                case "no_match": text = string; shouldMatch = false
                default: groups[name] = string
                }
            }
            guard let text, let here = location(item) else {
                fail("an example needs 'match:' or 'no_match:'", at: item, rule: rule)
                continue
            }
            examples.append(RuleExample(text: text, shouldMatch: shouldMatch, groups: groups, location: here))
        }
        return examples
    }

    // MARK: - Field readers

    private mutating func requiredString(_ key: String, in fields: [String: Node], rule: String?, at here: SourceLocation) -> String? {
        guard let node = fields[key] else {
            errors.append(RuleError("missing required key '\(key)'", file: file, location: here, rule: rule))
            return nil
        }
        guard let value = scalarString(node), !value.isEmpty else {
            fail("'\(key)' must be a non-empty string", at: node, rule: rule)
            return nil
        }
        return value
    }

    private mutating func stringList(_ key: String, in fields: [String: Node], rule: String, required: Bool, at here: SourceLocation) -> [(text: String, location: SourceLocation)] {
        guard let node = fields[key] else {
            if required { errors.append(RuleError("missing required key '\(key)'", file: file, location: here, rule: rule)) }
            return []
        }
        if let single = scalarString(node), let where_ = location(node) { return [(single, where_)] }
        guard case .sequence(let sequence) = node else {
            fail("'\(key)' must be a list of PCRE2 patterns", at: node, rule: rule)
            return []
        }
        var list: [(text: String, location: SourceLocation)] = []
        for item in sequence {
            guard let text = scalarString(item), let where_ = location(item) else {
                fail("each entry of '\(key)' must be a string", at: item, rule: rule)
                continue
            }
            list.append((text, where_))
        }
        if required && list.isEmpty { fail("'\(key)' must not be empty", at: node, rule: rule) }
        return list
    }

    private mutating func parseEnum<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, in fields: [String: Node], rule: String, requiredFor required: Bool, at here: SourceLocation) -> T? where T.RawValue == String {
        guard let node = fields[key] else {
            if required { errors.append(RuleError("missing required key '\(key)'", file: file, location: here, rule: rule)) }
            return nil
        }
        guard let text = scalarString(node), let value = T(rawValue: text) else {
            fail("'\(key)' has an unknown value '\(node.string ?? "")'", at: node, rule: rule,
                 hint: "values: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    private mutating func intValue(_ key: String, in fields: [String: Node], rule: String) -> Int? {
        guard let node = fields[key] else { return nil }
        guard let value = node.int else { fail("'\(key)' must be a whole number", at: node, rule: rule); return nil }
        return value
    }

    private mutating func doubleValue(_ key: String, in fields: [String: Node], rule: String) -> Double? {
        guard let node = fields[key] else { return nil }
        guard let value = node.float, (0...1).contains(value) else {
            fail("'\(key)' must be a number from 0 to 1", at: node, rule: rule)
            return nil
        }
        return value
    }

    private mutating func boolValue(_ key: String, in fields: [String: Node], rule: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard let value = node.bool else { fail("'\(key)' must be true or false", at: node, rule: rule); return nil }
        return value
    }

    private func scalarString(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    private func idIsWellFormed(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) }
            && !id.hasPrefix(".") && !id.hasSuffix(".")
    }

    // MARK: - Positions and messages

    private func location(_ node: Node?) -> SourceLocation? {
        guard let mark = node?.mark else { return nil }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private mutating func fail(_ message: String, at node: Node, rule: String? = nil, hint: String? = nil) {
        errors.append(RuleError(message, file: file, location: location(node), rule: rule, hint: hint))
    }

    private func yamlError(_ error: YamlError) -> RuleError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
            return RuleError("invalid YAML: \(problem)\(detail)", file: file,
                             location: SourceLocation(file: file, line: mark.line, column: mark.column),
                             hint: "check indentation, and quote patterns with single quotes or a '|-' block")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return RuleError("duplicated keys \(duplicates.joined(separator: ", "))", file: file,
                             location: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
        default:
            return RuleError("invalid YAML: \(error)", file: file)
        }
    }
}
