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
    public var extensions: Set<String> = ["txt", "text", "md", "html", "htm"]
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

    /// The inputs of `paths` as a stream in bytewise order of their names,
    /// and the paths that do not exist. Directories are read one at a time
    /// as the stream advances, so memory does not grow with the corpus.
    public func collect(_ paths: [String]) -> (inputs: InputWalk, missing: [SkippedInput]) {
        var roots: [InputWalk.Entry] = []
        var missing: [SkippedInput] = []
        for path in paths {
            if path == "-" {
                roots.append(.init(name: "-", path: [], kind: .standardInput))
                continue
            }
            let raw = Array(path.utf8)
            switch Self.kind(of: raw) {
            case .directory:
                let name = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                roots.append(.init(name: name, path: raw.last == UInt8(ascii: "/") ? Array(raw.dropLast()) : raw, kind: .directory))
            case .file:
                roots.append(.init(name: path, path: raw, kind: .file))
            case .missing:
                missing.append(SkippedInput(name: path, reason: "not-found", message: "no such file or directory"))
            }
        }
        return (InputWalk(collector: self, roots: InputWalk.sorted(roots)), missing)
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

    /// Whether a file met in a walk is read: by the globs, else by extension.
    /// A dangling link with a text extension is kept: reading it fails, and
    /// the run reports it instead of dropping it silently.
    func wants(_ entry: [UInt8], relative: String) -> Bool {
        includes.isEmpty ? extensions.contains(Self.pathExtension(entry)) : includes.contains { Self.glob($0, matches: relative) }
    }

    func excluded(_ relative: String) -> Bool { excludes.contains { Self.glob($0, matches: relative) } }

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
        // The name is read in place, up to its NUL: copying the fixed-size d_name
        // field read past the last entry's record, which is only as long as its name
        // (AddressSanitizer found it when the end-to-end tests ran under it).
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(handle) {
            let start = UnsafeRawPointer(entry) + nameOffset
            let name = Array(UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self))))
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return names
    }

    static func pathExtension(_ name: [UInt8]) -> String {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }
}

/// The inputs of a run, walked lazily: a depth-first walk that lists one
/// directory at a time and sorts its entries with a "/" after directory
/// names, which yields exactly the bytewise order of the full names.
public final class InputWalk {
    struct Entry {
        enum Kind { case file, directory, standardInput }
        let name: String
        let path: [UInt8]
        let kind: Kind
        /// The last part of the path, for extensions, globs and hidden names.
        var leaf: [UInt8] = []
        /// What orders entries: the name, with "/" after a directory's.
        var key: [UInt8] { Array(name.utf8) + (kind == .directory ? [UInt8(ascii: "/")] : []) }
    }

    /// One directory being read: its sorted entries and how far we are.
    private struct Frame {
        let relative: String
        let entries: [Entry]
        var position = 0
    }

    private let collector: InputCollector
    private var roots: [Entry]
    private var stack: [Frame] = []
    /// Real paths of the directories entered under the current root: a
    /// symbolic link back up the tree is not followed twice.
    private var visited = Set<String>()

    init(collector: InputCollector, roots: [Entry]) {
        self.collector = collector
        self.roots = roots.reversed()
    }

    static func sorted(_ entries: [Entry]) -> [Entry] {
        entries.map { ($0.key, $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    public func next() -> InputItem? {
        while true {
            guard var frame = stack.popLast() else {
                guard let root = roots.popLast() else { return nil }
                switch root.kind {
                case .standardInput: return InputItem(name: "-", location: .standardInput)
                case .file: return InputItem(name: root.name, location: .file(root.path))
                case .directory:
                    visited = []
                    enter(root, relative: "")
                }
                continue
            }
            guard frame.position < frame.entries.count else { continue }
            let entry = frame.entries[frame.position]
            frame.position += 1
            stack.append(frame)
            let leafText = String(decoding: entry.leaf, as: UTF8.self)
            let relative = frame.relative.isEmpty ? leafText : frame.relative + "/" + leafText
            if collector.excluded(relative) { continue }
            if entry.kind == .directory {
                enter(entry, relative: relative)
            } else if collector.wants(entry.leaf, relative: relative) {
                return InputItem(name: entry.name, location: .file(entry.path))
            }
        }
    }

    /// Counts what is left without keeping it (for a progress total).
    public func count() -> Int {
        var total = 0
        while next() != nil { total += 1 }
        return total
    }

    private func enter(_ directory: Entry, relative: String) {
        let real = URL(fileURLWithPath: String(decoding: directory.path, as: UTF8.self)).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let entries = InputCollector.entries(of: directory.path)
            .filter { collector.includeHidden || $0.first != UInt8(ascii: ".") }
            .map { entry -> Entry in
                let path = directory.path + [UInt8(ascii: "/")] + entry
                let kind: Entry.Kind = InputCollector.kind(of: path) == .directory ? .directory : .file
                return Entry(name: directory.name + "/" + String(decoding: entry, as: UTF8.self), path: path, kind: kind, leaf: entry)
            }
        stack.append(Frame(relative: relative, entries: Self.sorted(entries)))
    }
}
