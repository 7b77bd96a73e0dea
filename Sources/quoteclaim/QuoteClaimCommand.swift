import ArgumentParser
import Foundation

@main
struct QuoteClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quoteclaim",
        abstract: "Extract direct quotes with their speakers, and attributed claims (warning, denial, report), from news text as JSONL.",
        discussion: """
        Exit codes: 0 all inputs processed; 1 some inputs skipped (output is complete for the rest); \
        2 usage or rule error (nothing was processed); 3 the output could not be written.
        """,
        version: "0.1.0",
        subcommands: [Extract.self, Explain.self, Rules.self, Golden.self],
        defaultSubcommand: Extract.self
    )

    /// Usage errors exit with 2, like rule errors, so scripts see one code
    /// for "nothing was processed".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by every command that loads rules.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A folder of rule files (*.yaml) and lexicons/*.txt to add; same-id rules override. Repeatable.", valueName: "dir"))
    var directories: [String] = []

    @Flag(help: "Use only the --rules folders, not the built-in rules.")
    var noBuiltinRules = false
}
