import Foundation
import Testing

/// Guards the measured quality: scores from ../shared/eval/score.py on the
/// hand-checked gold files, a little below the figures reached, so that a
/// regression fails `make test`. Skipped where ../shared/eval is absent.
@Suite("scores against the gold files", .serialized, .enabled(if: FileManager.default.fileExists(atPath: Binary.sharedEval + "/score.py")))
struct ScoreTests {
    private func score(gold: String, inputs: String, in directory: String) throws -> [String: Any] {
        let output = try Binary.temporaryDirectory().appendingPathComponent("out.jsonl")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let extracted = try Binary.run(["extract", inputs, "--quiet", "--output", output.path], in: directory)
        #expect(extracted.status == 0)
        let process = try Binary.run(["python3", Binary.sharedEval + "/score.py", gold, output.path, "--json"], executable: "/usr/bin/env")
        let last = process.stdout.split(separator: "\n").last.map(String.init) ?? "{}"
        return try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any] ?? [:]
    }

    @Test("seeds-gold: quotes, speakers and claims")
    func seeds() throws {
        let result = try score(gold: Binary.sharedEval + "/seeds-gold.jsonl", inputs: Binary.seeds, in: Binary.packageRoot.path)
        #expect((result["quote_f1"] as? Double ?? 0) >= 0.98)
        #expect((result["speaker_accuracy"] as? Double ?? 0) >= 0.95)
        #expect((result["claim_with_class_f1"] as? Double ?? 0) >= 0.93)
        #expect((result["claim_source_accuracy"] as? Double ?? 0) >= 0.95)
    }

    @Test("polnear-dev: quotes and speakers in real US political news")
    func polnear() throws {
        let directory = Binary.sharedEval + "/polnear-dev"
        let result = try score(gold: directory + "/gold.jsonl", inputs: "docs", in: directory)
        #expect((result["quote_f1"] as? Double ?? 0) >= 0.975)
        #expect((result["speaker_accuracy"] as? Double ?? 0) >= 0.955)
        #expect((result["claim_with_class_f1"] as? Double ?? 0) >= 0.745)
        #expect((result["claim_source_accuracy"] as? Double ?? 0) >= 0.95)
    }
}
