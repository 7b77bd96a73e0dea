import Foundation

/// ingest: documents from JSON Lines, as crawlers write them: one object a
/// line with an id and a text field (names configurable). Lines are read as
/// they are needed, so a crawl of any size streams through in bounded memory.
/// A document's `doc` is its id; offsets count UTF-8 bytes of its text.
public final class JSONLReader {
    public struct Fields: Sendable {
        public var id: String
        public var text: String
        public init(id: String = "id", text: String = "text") {
            self.id = id
            self.text = text
        }
    }

    private let name: String
    private let handle: FileHandle
    private let fields: Fields
    private let loader: DocumentLoader
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts (compacted now and then, not per line).
    private var cursor = 0
    private var atEnd = false
    private var lineNumber = 0

    /// `name` is the file as given (or "-"), used in messages.
    public init(name: String, handle: FileHandle, fields: Fields, loader: DocumentLoader) {
        self.name = name
        self.handle = handle
        self.fields = fields
        self.loader = loader
    }

    /// The next document, or a skipped line with its reason; nil at the end.
    public func next() -> BatchRunner.WorkItem? {
        while let line = nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return parse(line)
        }
        return nil
    }

    private func parse(_ line: [UInt8]) -> BatchRunner.WorkItem {
        let place = "\(name):\(lineNumber)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .skipped(SkippedInput(name: place, reason: "bad-json", message: "line \(lineNumber) of \(name) is not a JSON object"))
        }
        let id = object[fields.id].map { value -> String in
            if let string = value as? String { return string }
            return "\(value)"
        }
        guard let id else {
            return .skipped(SkippedInput(name: place, reason: "no-id", message: "line \(lineNumber) of \(name) has no \"\(fields.id)\" field (set --id-field)"))
        }
        guard let text = object[fields.text] as? String else {
            return .skipped(SkippedInput(name: id, reason: "no-text", message: "line \(lineNumber) of \(name) has no string \"\(fields.text)\" field (set --text-field)"))
        }
        let bytes = Array(text.utf8)
        guard bytes.count <= loader.maximumBytes else {
            return .skipped(SkippedInput(name: id, reason: "too-large", message: "\(bytes.count) bytes is over the limit of \(loader.maximumBytes) bytes"))
        }
        switch loader.check(bytes, name: id, byName: false) {
        case .success(let document): return .document(document)
        case .failure(let skipped): return .skipped(skipped)
        }
    }

    /// The next line without its newline, reading 64 KiB at a time.
    private func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[cursor...].firstIndex(of: 0x0A) {
                let line = Array(buffer[cursor..<newline])
                cursor = newline + 1
                return line
            }
            if atEnd {
                guard cursor < buffer.count else { return nil }
                defer { buffer.removeAll(); cursor = 0 }
                return Array(buffer[cursor...])
            }
            buffer.removeSubrange(..<cursor)
            cursor = 0
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { atEnd = true } else { buffer += chunk }
        }
    }
}
