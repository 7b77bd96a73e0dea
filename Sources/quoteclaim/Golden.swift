import ArgumentParser
import Foundation
import QuoteClaimKit

struct Golden: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the golden-file cases under a fixtures folder, or rewrite their expected output.",
        discussion: """
        Each case is a folder with input/ (a file or a tree), an optional args file (extra extract arguments) \
        and expected.jsonl, exactly what `quoteclaim extract input <args>` prints in that folder. \
        Update a golden file only after reading its diff.

        Examples:
          quoteclaim golden fixtures
          quoteclaim golden fixtures --only quote-marks
          quoteclaim golden fixtures --update --only quote-marks
        """)

    @Argument(help: ArgumentHelp("The fixtures folder.", valueName: "dir"))
    var directory: String = "fixtures"

    @Flag(help: "Rewrite expected.jsonl from the actual output (refused when CI is set).")
    var update = false

    @Option(help: ArgumentHelp("Run only cases whose name starts with this.", valueName: "name"))
    var only: String?

    func run() throws {
        let root = URL(fileURLWithPath: directory)
        let cases = GoldenCase.cases(in: root).filter { only == nil || $0.name.hasPrefix(only!) }
        guard !cases.isEmpty else {
            Console.error("quoteclaim: no golden cases (folders with input/) under \(directory)")
            throw ExitCode(2)
        }
        if update && ProcessInfo.processInfo.environment["CI"] != nil {
            Console.error("quoteclaim: refusing to update golden files while CI is set")
            throw ExitCode(2)
        }
        let runner = GoldenRunner(extract: Self.runSelf, artifacts: Self.artifactsFolder(root), shownRoot: directory)
        var failed = 0
        for golden in cases {
            let outcome = runner.run(golden, update: update)
            print("\(outcome.passed ? (outcome.updated ? "updated" : "ok     ") : "FAIL   ") \(golden.name)")
            for message in outcome.messages { print("    " + message) }
            if !outcome.passed { failed += 1 }
        }
        print("\(cases.count - failed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode.failure }
    }

    /// Runs this same executable, so a golden file is exactly what the CLI prints.
    static func runSelf(_ arguments: [String], in directory: URL) throws -> (stdout: Data, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        }
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (stdout, String(decoding: stderr, as: UTF8.self), process.terminationStatus)
    }

    /// `.build/goldens` beside the fixtures folder when there is a .build, else a temporary folder.
    static func artifactsFolder(_ root: URL) -> URL {
        let build = root.deletingLastPathComponent().appendingPathComponent(".build")
        if FileManager.default.fileExists(atPath: build.path) { return build.appendingPathComponent("goldens") }
        return FileManager.default.temporaryDirectory.appendingPathComponent("quoteclaim-goldens")
    }
}
