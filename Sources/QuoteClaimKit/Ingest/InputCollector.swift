import Foundation

/// One input to read: a file (with the name records will carry) or stdin.
public struct InputItem: Sendable, Equatable {
    public enum Location: Sendable, Equatable {
        /// The file's path as raw bytes: a name need not be valid UTF-8.
        case file([UInt8])
        case standardInput
    }

    public let name: String
    public let location: Location

    public init(name: String, location: Location) {
        self.name = name
        self.location = location
    }

    public init(name: String, path: String) {
        self.init(name: name, location: .file(Array(path.utf8)))
    }
}

/// ingest: expands command-line paths into inputs, sorted bytewise by name.
/// Directories are walked recursively for the configured extensions; hidden
/// entries are skipped; symbolic links are followed but never twice into the
/// same real directory, so a link loop ends. A file whose name is not UTF-8
/// is still read; its `doc` shows the bad bytes as U+FFFD.
///
/// Globs (`--glob`) match the path inside a directory argument, like
/// ripgrep's: `'*.html'` includes (and replaces the default extensions),
/// `'!drafts/**'` excludes files and folders. Explicitly named files are always read.
public struct InputCollector: Sendable {
    public var extensions: Set<String> = ["txt", "text", "md"]
    public var includeHidden = false
    public private(set) var includes: [String] = []
    public private(set) var excludes: [String] = []

    public init(globs: [String] = [], includeHidden: Bool = false, extensions: Set<String>? = nil) {
        for glob in globs {
            if glob.hasPrefix("!") { excludes.append(String(glob.dropFirst())) } else { includes.append(glob) }
        }
        self.includeHidden = includeHidden
        if let extensions { self.extensions = extensions }
    }

    public func collect(_ paths: [String]) -> (items: [InputItem], missing: [SkippedInput]) {
        var items: [InputItem] = []
        var missing: [SkippedInput] = []
        for path in paths {
            if path == "-" {
                items.append(InputItem(name: "-", location: .standardInput))
                continue
            }
            let raw = Array(path.utf8)
            switch Self.kind(of: raw) {
            case .directory:
                var visited = Set<String>()
                let name = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                walk(directory: raw.last == UInt8(ascii: "/") ? Array(raw.dropLast()) : raw, name: name, relative: "",
                     visited: &visited, into: &items)
            case .file:
                items.append(InputItem(name: path, location: .file(raw)))
            case .missing:
                missing.append(SkippedInput(name: path, reason: "not-found", message: "no such file or directory"))
            }
        }
        items.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return (items, missing)
    }

    enum Kind { case file, directory, missing }

    /// What a path is, following symbolic links.
    static func kind(of path: [UInt8]) -> Kind {
        var info = stat()
        let found = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        }
        guard found else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    private func walk(directory: [UInt8], name: String, relative: String, visited: inout Set<String>, into items: inout [InputItem]) {
        let real = URL(fileURLWithPath: String(decoding: directory, as: UTF8.self)).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        for entry in Self.entries(of: directory) where includeHidden || entry.first != UInt8(ascii: ".") {
            let path = directory + [UInt8(ascii: "/")] + entry
            let entryText = String(decoding: entry, as: UTF8.self)
            let entryName = name + "/" + entryText
            let inner = relative.isEmpty ? entryText : relative + "/" + entryText
            if excludes.contains(where: { Self.glob($0, matches: inner) }) { continue }
            switch Self.kind(of: path) {
            case .directory:
                walk(directory: path, name: entryName, relative: inner, visited: &visited, into: &items)
            case .file, .missing:
                // A dangling link with a text extension is kept: reading it
                // fails, and the run reports it instead of dropping it silently.
                let wanted = includes.isEmpty ? extensions.contains(Self.pathExtension(entry)) : includes.contains { Self.glob($0, matches: inner) }
                if wanted { items.append(InputItem(name: entryName, location: .file(path))) }
            }
        }
    }

    /// A glob against a relative path: a pattern without "/" matches the
    /// file name anywhere ("*.txt"); otherwise the whole path ("2024/**/*.md").
    static func glob(_ pattern: String, matches path: String) -> Bool {
        if !pattern.contains("/") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return fnmatch(pattern, name, 0) == 0 || fnmatch(pattern, path, 0) == 0
        }
        let collapsed = pattern.replacingOccurrences(of: "**/", with: "*")
        return fnmatch(pattern, path, FNM_PATHNAME) == 0 || fnmatch(collapsed, path, 0) == 0
    }

    /// Directory entries as raw bytes, without "." and "..".
    static func entries(of directory: [UInt8]) -> [[UInt8]] {
        let handle = (directory + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { opendir($0.baseAddress!) }
        }
        guard let handle else { return [] }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return names
    }

    static func pathExtension(_ name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }
}
