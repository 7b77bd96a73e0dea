import Foundation

/// One golden case: `fixtures/<case>/input/…` (a file or a small tree), an
/// optional `args` file of extra CLI arguments, and `expected.jsonl`, exactly
/// what `quoteclaim extract input <args>` prints when run in the case folder.
public struct GoldenCase: Sendable {
    public let name: String
    public let directory: URL

    public var expectedURL: URL { directory.appendingPathComponent("expected.jsonl") }
    public var inputURL: URL { directory.appendingPathComponent("input") }

    /// Extra arguments: whitespace-separated, `#` starts a comment.
    public var extraArguments: [String] {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("args"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").flatMap { line in
            line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) ?? []
        }
    }

    /// The arguments of the `extract` run that the golden file pins.
    public var arguments: [String] { ["extract", "input", "--quiet"] + extraArguments }

    /// The cases in `root`: every sub-folder with an `input`, sorted by name.
    public static func cases(in root: URL) -> [GoldenCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let directory = root.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("input").path) else { return nil }
            return GoldenCase(name: name, directory: directory)
        }
    }
}
