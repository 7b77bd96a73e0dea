// Fuzz target over the extraction of one document.
//
// Built with -DFUZZING -sanitize=fuzzer (`make fuzz`), libFuzzer calls
// LLVMFuzzerTestOneInput with random bytes. Built normally, this is a replay
// tool: `quoteclaim-fuzz FILE…` runs the same check on saved inputs, which
// is how crashes found by the fuzzer become regression tests
// (fuzz/regressions/, run by `make test`).
import QuoteClaimKit

/// The check: any bytes either are skipped with a reason or go through every
/// stage, and every record's offsets slice the input to exactly its text.
enum FuzzCheck {
    static let pipeline: Pipeline = {
        do { return Pipeline(rules: try RuleLoader().load()) } catch { fatalError("built-in rules do not load: \(error)") }
    }()

    static func run(_ bytes: [UInt8], matchers: RuleMatchers) {
        // Bytes that are not UTF-8 are read as Windows-1252 (--encoding auto), so that every input goes through.
        guard case .success(let document) = DocumentLoader(readsLegacyText: true).check(bytes, name: "fuzz") else { return }
        // The same bytes as the file type found by sniffing (text or HTML), and as Markdown.
        for document in [document, SourceDocument(name: "fuzz.md", bytes: bytes, format: .markdown, encoding: document.encoding)] {
            var diagnostics: [Diagnostic] = []
            let claimed = pipeline.run(document, matchers: matchers, diagnostics: &diagnostics)
            let spans = claimed.attributed.quotes.map(\.span.content) + claimed.claims.map(\.range)
            for span in spans {
                let original = claimed.normalized.original(span).range
                precondition(original.lowerBound >= 0 && original.upperBound <= bytes.count, "record outside the input: \(original)")
                precondition(document.encoding != .utf8 || String(validating: bytes[original], as: UTF8.self) != nil,
                             "record splits a UTF-8 character: \(original)")
            }
            _ = RecordBuilder.records(for: claimed, diagnostics: diagnostics)
        }
    }
}

#if FUZZING
/// One matcher set for the fuzzer's single thread; libFuzzer calls in sequence.
nonisolated(unsafe) let fuzzMatchers = RuleMatchers()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzCheck.run(Array(UnsafeBufferPointer(start: data, count: size)), matchers: fuzzMatchers)
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point under this name; hand over to libFuzzer.
@_cdecl("quoteclaim_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzOne)
}
#else
import Foundation

@main
struct Replay {
    static func main() {
        let matchers = RuleMatchers()
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted().map { path + "/" + $0 } ?? [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                FuzzCheck.run(Array(data), matchers: matchers)
                count += 1
            }
        }
        print("replayed \(count) inputs: no crash")
    }
}
#endif
