import Dispatch
import Foundation
import Synchronization

/// What a batch did, for the summary record and the message on stderr.
public struct BatchSummary: Sendable {
    public var documents = 0
    public var skipped = 0
    public var bytes = 0
    public var quotes = 0
    public var claims: [ClaimClass: Int] = [:]
    public var diagnostics = 0
    /// Time per rule, when the runner was asked to profile.
    public var ruleTimings: [String: RuleTiming] = [:]
    /// True when the run was stopped before all inputs were processed.
    public var interrupted = false

    public var summaryLine: String {
        var byClass = JSONObject()
        for claimClass in ClaimClass.allCases.sorted() { byClass.add(claimClass.rawValue, claims[claimClass] ?? 0) }
        var object = JSONObject()
        object.add("type", "summary")
        object.add("documents", documents)
        object.add("skipped", skipped)
        object.add("quotes", quotes)
        object.add("claims", claims.values.reduce(0, +))
        object.add("by_class", object: byClass)
        object.add("diagnostics", diagnostics)
        if interrupted { object.add(flag: "interrupted", true) }
        return object.text
    }
}

/// Runs the pipeline over many inputs on `jobs` threads and hands the lines
/// to `write` in input order, window by window, so memory is bounded by the
/// documents in flight and the output is the same for any number of jobs.
public struct BatchRunner: Sendable {
    public let pipeline: Pipeline
    public let jobs: Int
    public let profileRules: Bool
    public let loader: DocumentLoader
    /// Asked before each document; true stops the run (SIGINT).
    public let shouldStop: @Sendable () -> Bool

    public init(pipeline: Pipeline, jobs: Int, profileRules: Bool = false, loader: DocumentLoader = DocumentLoader(),
                shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.profileRules = profileRules
        self.loader = loader
        self.shouldStop = shouldStop
    }

    private struct Outcome: Sendable {
        var lines: [String] = []
        var bytes = 0
        var quotes = 0
        var claims: [ClaimClass: Int] = [:]
        var skipped: SkippedInput?
        var diagnostics: [Diagnostic] = []
    }

    /// One unit of work: a file to read in a worker, a document already in
    /// memory (a JSONL line), or an input that already failed.
    public enum WorkItem: Sendable {
        case file(InputItem)
        case document(SourceDocument)
        case skipped(SkippedInput)
    }

    /// Progress, called after each window with the documents and bytes so far.
    public typealias Progress = (_ documents: Int, _ bytes: Int) -> Void

    /// Runs over the work `next` hands out until it returns nil, in that order.
    public func run(next: () throws -> WorkItem?, write: (String) throws -> Void, report: (String) -> Void,
                    progress: Progress? = nil) rethrows -> BatchSummary {
        var summary = BatchSummary()
        let window = jobs * 16
        let workerMatchers = (0..<jobs).map { _ in RuleMatchers(profiling: profileRules) }
        var exhausted = false
        while !exhausted && !summary.interrupted {
            var batch: [WorkItem] = []
            while batch.count < window, let item = try next() { batch.append(item) }
            exhausted = batch.count < window
            if batch.isEmpty { break }
            let outcomes = process(batch, workerMatchers: workerMatchers)
            // After a stop, only the finished documents before the first
            // unfinished one are written, so the output stays in order.
            for outcome in outcomes {
                guard let outcome else { summary.interrupted = true; break }
                if let skipped = outcome.skipped {
                    summary.skipped += 1
                    report("quoteclaim: skipped \(skipped.name): \(skipped.message)")
                    try write(RecordBuilder.skipLine(skipped))
                    continue
                }
                summary.documents += 1
                summary.bytes += outcome.bytes
                summary.quotes += outcome.quotes
                summary.claims.merge(outcome.claims, uniquingKeysWith: +)
                summary.diagnostics += outcome.diagnostics.count
                for diagnostic in outcome.diagnostics { report("quoteclaim: \(diagnostic.document): rule '\(diagnostic.rule)': \(diagnostic.message)") }
                for line in outcome.lines { try write(line) }
            }
            progress?(summary.documents + summary.skipped, summary.bytes)
        }
        for matchers in workerMatchers {
            summary.ruleTimings.merge(matchers.timings) { a, b in var merged = a; merged.merge(b); return merged }
        }
        return summary
    }

    /// Outcomes in batch order; nil for documents a stop left unread.
    private func process(_ batch: [WorkItem], workerMatchers: [RuleMatchers]) -> [Outcome?] {
        nonisolated(unsafe) let matchers = workerMatchers
        return concurrentMap(count: batch.count, workers: jobs, stop: shouldStop) { worker, index in
            process(batch[index], matchers: matchers[worker])
        }
    }

    private func process(_ item: WorkItem, matchers: RuleMatchers) -> Outcome {
        let document: SourceDocument
        switch item {
        case .skipped(let skipped):
            return Outcome(skipped: skipped)
        case .document(let given):
            document = given
        case .file(let input):
            switch loader.load(input) {
            case .failure(let skipped): return Outcome(skipped: skipped)
            case .success(let loaded): document = loaded
            }
        }
        let (lines, counts, diagnostics) = pipeline.extract(document, matchers: matchers)
        return Outcome(lines: lines, bytes: document.bytes.count, quotes: counts.quotes, claims: counts.claims, diagnostics: diagnostics)
    }
}
