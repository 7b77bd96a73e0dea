import Foundation

/// One input to read: a file (with the name records will carry) or stdin.
public struct InputItem: Sendable, Equatable {
    public enum Location: Sendable, Equatable { case file(String), standardInput }
    public let name: String
    public let location: Location

    public init(name: String, location: Location) {
        self.name = name
        self.location = location
    }
}

/// ingest: expands command-line paths into inputs, sorted bytewise by name.
/// Directories are walked recursively for the configured extensions; hidden
/// entries are skipped; symbolic links are followed but never twice into the
/// same real directory, so a link loop ends.
public struct InputCollector: Sendable {
    public var extensions: Set<String> = ["txt", "text", "md"]

    public init() {}

    public func collect(_ paths: [String]) -> (items: [InputItem], missing: [SkippedInput]) {
        var items: [InputItem] = []
        var missing: [SkippedInput] = []
        for path in paths {
            if path == "-" {
                items.append(InputItem(name: "-", location: .standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(SkippedInput(name: path, reason: "not-found", message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                var visited = Set<String>()
                walk(directory: path, name: path.hasSuffix("/") ? String(path.dropLast()) : path, visited: &visited, into: &items)
            } else {
                items.append(InputItem(name: path, location: .file(path)))
            }
        }
        items.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return (items, missing)
    }

    private func walk(directory: String, name: String, visited: inout Set<String>, into items: inout [InputItem]) {
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries where !entry.hasPrefix(".") {
            let path = directory + "/" + entry
            let entryName = name + "/" + entry
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(directory: path, name: entryName, visited: &visited, into: &items)
            } else if extensions.contains((entry as NSString).pathExtension.lowercased()) {
                items.append(InputItem(name: entryName, location: .file(path)))
            }
        }
    }
}
