import ArgumentParser
import Foundation
import QuoteClaimKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract quotes and claims from files, folders or stdin.",
        discussion: """
        A PATH is a file, a folder (read recursively: *.txt, *.text, *.md, *.html, *.htm; hidden entries skipped) or - for stdin. HTML pages and Markdown files are read as the text they show. \
        Records go to stdout, one JSON object a line, documents in bytewise-sorted order; messages go to stderr.

        Examples:
          quoteclaim extract seeds/
          quoteclaim extract article.txt --output out.jsonl
          cat article.txt | quoteclaim extract -
          quoteclaim extract corpus/ --rules my-rules/ --jobs 2
          quoteclaim extract corpus/ --glob '*.html' --glob '!drafts/**'
          zcat crawl.jsonl.gz | quoteclaim extract - --input-format jsonl --id-field url --text-field body
        """
    )

    enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: ArgumentHelp("Files, folders, or - for stdin.", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var rules: RuleOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the records to this file instead of stdout (atomically).", valueName: "file"))
    var output: String?

    @Option(name: .shortAndLong, help: "Documents processed at once (default: the number of cores).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print no summary or skip messages on stderr.")
    var quiet = false

    @Flag(help: "Print, on stderr, the time each rule took: find the rule that slows a run down.")
    var profileRules = false

    @Option(help: ArgumentHelp("Include (or with a leading !, exclude) paths inside folders matching this glob. Repeatable.", valueName: "glob"))
    var glob: [String] = []

    @Flag(help: "Also read hidden files and folders (names starting with a dot).")
    var hidden = false

    @Option(help: "text: each file is a document; jsonl: each line of each file (or of stdin) is a JSON document.")
    var inputFormat: InputFormat = .text

    @Option(help: ArgumentHelp("With jsonl: the field that holds the document id (becomes doc).", valueName: "name"))
    var idField = "id"

    @Option(help: ArgumentHelp("With jsonl: the field that holds the document text.", valueName: "name"))
    var textField = "text"

    @Option(help: ArgumentHelp("Skip documents larger than this many megabytes.", valueName: "mb"))
    var maxDocumentMb: Int = DocumentLoader.defaultMaximumBytes / (1024 * 1024)

    @Option(help: "utf8: skip a file that is not UTF-8; auto: read it as Windows-1252 (Latin-1) instead. Offsets stay those of the file's bytes.")
    var encoding: TextEncoding = .utf8

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one path (a file, a folder, or - for stdin)") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if maxDocumentMb < 1 { throw ValidationError("--max-document-mb must be at least 1") }
    }

    func run() throws {
        // Before the rules load: a Ctrl-C during start-up stops the run too.
        let interrupt = Interrupt.install()
        let ruleSet = try RuleLoading.load(rules)
        let start = Date()
        let loader = DocumentLoader(maximumBytes: maxDocumentMb * 1024 * 1024, readsLegacyText: encoding == .auto)
        let jsonl = inputFormat == .jsonl
        let collector = InputCollector(globs: glob, includeHidden: hidden, extensions: jsonl ? ["jsonl", "ndjson"] : nil)
        let (inputs, missing) = collector.collect(paths)
        let runner = BatchRunner(pipeline: Pipeline(rules: ruleSet), jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, profileRules: profileRules,
                                 loader: loader, shouldStop: { interrupt.isSet })
        // The total for the ETA comes from a second walk that keeps nothing.
        let progress = quiet ? nil : Progress.onTerminal(total: { jsonl ? nil : collector.collect(paths).inputs.count() }, start: start)
        let sink = try OutputSink(path: output)
        var summary: BatchSummary
        do {
            for skipped in missing {
                try sink.write(RecordBuilder.skipLine(skipped))
                if !quiet { Console.error("quoteclaim: skipped \(skipped.name): \(skipped.message)") }
            }
            let report: (String) -> Void = { message in
                progress?.clear()
                if !quiet { Console.error(message) }
            }
            if jsonl {
                let reader = JSONLStream(inputs: inputs, fields: .init(id: idField, text: textField), loader: loader)
                summary = try runner.run(next: { reader.next() }, write: sink.write, report: report, progress: progress?.update)
            } else {
                summary = try runner.run(next: { inputs.next().map(BatchRunner.WorkItem.file) }, write: sink.write, report: report,
                                         progress: progress?.update)
            }
            progress?.clear()
            summary.skipped += missing.count
            try sink.write(summary.summaryLine)
            if summary.interrupted {
                let kept = try sink.keepPartial()
                Console.error("quoteclaim: interrupted after \(summary.documents) documents" + (kept.map { "; partial output in \($0)" } ?? ""))
                throw ExitCode(130)
            }
            try sink.finish()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            sink.abandon()
            Console.error("quoteclaim: cannot write output: \(error.localizedDescription)")
            throw ExitCode(3)
        }
        if !quiet { Console.error(Console.summary(summary, seconds: Date().timeIntervalSince(start))) }
        if profileRules { Console.error(Console.ruleProfile(summary.ruleTimings)) }
        if summary.skipped > 0 { throw ExitCode(1) }
    }
}
