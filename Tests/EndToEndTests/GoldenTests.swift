import Foundation
import Testing

@Suite("golden files", .serialized)
struct GoldenTests {
    @Test("every case under fixtures/ matches its expected.jsonl")
    func suite() throws {
        let result = try Binary.run(["golden", "fixtures"], in: Binary.packageRoot.path)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let cases = try FileManager.default.contentsOfDirectory(atPath: Binary.packageRoot.path + "/fixtures")
            .filter { FileManager.default.fileExists(atPath: Binary.packageRoot.path + "/fixtures/\($0)/input") }
        #expect(cases.count >= 30)
        #expect(result.stdout.contains("\(cases.count) passed, 0 failed"))
    }

    /// A copy of one case, to break in a temporary folder (the caller removes
    /// the folder above the returned one).
    private func scratchCase() throws -> URL {
        let root = try Binary.temporaryDirectory().appendingPathComponent("fixtures")
        let source = Binary.packageRoot.appendingPathComponent("fixtures/quote-marks-curly")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: root.appendingPathComponent("quote-marks-curly"))
        return root
    }

    @Test("a changed record is reported by field, with a diff and a saved actual output")
    func failureReport() throws {
        let root = try scratchCase()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let article = root.appendingPathComponent("quote-marks-curly/input/article.txt")
        let text = try String(contentsOf: article, encoding: .utf8).replacingOccurrences(of: "Borrell said.", with: "Borrell warned.")
        try Data(text.utf8).write(to: article)
        let result = try Binary.run(["golden", root.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("class: \"report\" → \"warning\" (rule warning.warned)"))
        #expect(result.stdout.contains("--- expected"))
        #expect(result.stdout.contains("diff -u \(root.path)/quote-marks-curly/expected.jsonl"))
        #expect(result.stdout.contains("0 passed, 1 failed"))
    }

    @Test("a case without expected.jsonl fails with an instruction; --update records it, but not under CI")
    func missingExpected() throws {
        let root = try scratchCase()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let expected = root.appendingPathComponent("quote-marks-curly/expected.jsonl")
        try FileManager.default.removeItem(at: expected)
        let missing = try Binary.run(["golden", root.path])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("no expected.jsonl yet"))
        #expect(!FileManager.default.fileExists(atPath: expected.path))

        let underCI = try Binary.run(["CI=true", Binary.path, "golden", root.path, "--update"], executable: "/usr/bin/env")
        #expect(underCI.status == 2)
        #expect(underCI.stderr.contains("refusing to update"))
        #expect(!FileManager.default.fileExists(atPath: expected.path))

        let updated = try Binary.run(["-u", "CI", Binary.path, "golden", root.path, "--update"], executable: "/usr/bin/env")
        #expect(updated.status == 0, "\(updated.stdout)")
        #expect(FileManager.default.fileExists(atPath: expected.path))
        #expect(try Binary.run(["golden", root.path]).status == 0)
    }
}
