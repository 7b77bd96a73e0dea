import ArgumentParser
import Foundation
import QuoteClaimKit

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, for one document, which rules matched where and why each speaker, source and class was chosen.",
        discussion: "Example: quoteclaim explain seeds/004_5b14cf345b53de02.txt --rules my-rules/")

    @Argument(help: ArgumentHelp("The document to explain (a file, or - for stdin).", valueName: "file"))
    var path: String

    @OptionGroup var rules: RuleOptions

    @Option(help: "utf8: refuse a file that is not UTF-8; auto: read it as Windows-1252 (Latin-1) instead.")
    var encoding: TextEncoding = .utf8

    func run() throws {
        let ruleSet = try RuleLoading.load(rules)
        let item = path == "-" ? InputItem(name: "-", location: .standardInput) : InputItem(name: path, path: path)
        switch DocumentLoader(readsLegacyText: encoding == .auto).load(item) {
        case .failure(let skipped):
            Console.error("quoteclaim: \(skipped.name): \(skipped.message)")
            throw ExitCode(1)
        case .success(let document):
            print(Explainer(pipeline: Pipeline(rules: ruleSet)).explain(document), terminator: "")
        }
    }
}
