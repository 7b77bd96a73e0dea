import ArgumentParser
import Foundation
import PCRE2Kit
import QuoteClaimKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check, test, list or export rule files.",
        subcommands: [Check.self, Test.self, List.self, Export.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate and compile every rule; exit 2 on any error.")
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let set = try RuleLoading.load(rules)
            let lexicons = set.lexicons.count
            print("ok: \(set.rules.count) rules and \(lexicons) lexicons compiled with PCRE2")
            // Lexicon words a user adds grow every pattern that names the lexicon.
            let sizes = set.rules.map { rule in (rule.id, rule.patterns.map(\.compiledSize).max() ?? 0) }
            if let (id, size) = sizes.max(by: { $0.1 < $1.1 }) {
                let percent = size * 100 / Regex.maximumCompiledSize
                print("largest compiled pattern: \(id), \(size) bytes, \(percent)% of what PCRE2 compiles")
            }
            // A pattern whose cue words cannot be read (a lexicon of every common
            // word, a construct the reader skips) is tried at every word of every
            // sentence; one anchored at a line's start (^) only there, which is cheap.
            let unfiltered = set.rules.filter(\.definition.enabled).flatMap { rule in
                zip(rule.triggers, set.literalIndex.slots(of: rule)).enumerated().compactMap { number, prefilter in
                    prefilter.0 == nil && prefilter.1 == nil && !rule.definition.patterns[number].hasPrefix("^")
                        ? "\(rule.id) #\(number + 1)" : nil
                }
            }
            print("patterns tried at every word (no cue words found to look for first): "
                  + (unfiltered.isEmpty ? "none" : "\(unfiltered.count): " + unfiltered.joined(separator: ", ")))
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples and print a summary per rule; exit 1 on any failure.",
            discussion: "Example: quoteclaim rules test --rules my-rules/ --only denial.called-baseless")
        @OptionGroup var rules: RuleOptions
        @Option(help: ArgumentHelp("Test only rules whose id starts with this.", valueName: "id"))
        var only: String?
        @Flag(help: "Print passing rules too.")
        var verbose = false

        func run() throws {
            let set = try RuleLoading.load(rules)
            let report = ExampleRunner(rules: set).run(only: only)
            for result in report.results where verbose || !result.failures.isEmpty || result.examples == 0 {
                print(result.summaryLine)
                for failure in result.failures { print("    " + failure.replacingOccurrences(of: "\n", with: "\n    ")) }
            }
            print("\(report.passedRules) passed, \(report.failedRules) failed")
            if report.failedRules > 0 { throw ExitCode.failure }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules in force: id, kind, class, priority, where defined.")
        @OptionGroup var rules: RuleOptions

        func run() throws {
            let set = try RuleLoading.load(rules)
            for rule in set.rules {
                let definition = rule.definition
                let kind = definition.claimClass.map { "\(definition.kind.rawValue)/\($0.rawValue)" } ?? definition.kind.rawValue
                print("\(definition.id)\t\(kind)\t\(definition.priority)\t\(definition.enabled ? "" : "disabled ")\(definition.location)")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in rule files into a folder, to copy and edit.",
            discussion: "Example: quoteclaim rules export my-rules && quoteclaim extract corpus/ --no-builtin-rules --rules my-rules")
        @Argument(help: ArgumentHelp("The folder to write (created if needed).", valueName: "dir"))
        var directory: String

        func run() throws {
            for file in RuleLoader.builtInFiles {
                let url = URL(fileURLWithPath: directory).appendingPathComponent(file.relativePath)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            print("wrote \(RuleLoader.builtInFiles.count) files to \(directory)")
        }
    }
}
