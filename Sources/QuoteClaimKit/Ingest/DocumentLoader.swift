import Foundation
import PCRE2Kit

/// ingest: reads an input's bytes and decides whether it is a text document.
/// A NUL byte means binary; bytes that are not UTF-8 are reported with the
/// offset of the first bad byte, or with `readsLegacyText` taken as
/// Windows-1252 (decoded in normalize). Nothing is re-encoded here, so
/// offsets in the output are offsets into the file as it is on disk.
public struct DocumentLoader: Sendable {
    /// Larger documents are skipped before they are read, so one huge file
    /// (a 300 MB line of scraped junk) cannot exhaust memory. News articles
    /// are far below the default.
    public var maximumBytes: Int
    /// A file that is not UTF-8 is read as Windows-1252 (old archives and
    /// exports), not skipped.
    public var readsLegacyText: Bool

    public static let defaultMaximumBytes = 16 * 1024 * 1024

    public init(maximumBytes: Int = DocumentLoader.defaultMaximumBytes, readsLegacyText: Bool = false) {
        self.maximumBytes = maximumBytes
        self.readsLegacyText = readsLegacyText
    }

    public func load(_ item: InputItem) -> Result<SourceDocument, SkippedInput> {
        let bytes: [UInt8]
        switch item.location {
        case .standardInput:
            let data = FileHandle.standardInput.readData(ofLength: maximumBytes + 1)
            guard data.count <= maximumBytes else { return .failure(tooLarge(item.name, size: nil)) }
            bytes = Array(data)
        case .file(let path):
            switch Self.readFile(path, limit: maximumBytes) {
            case .success(let data): bytes = data
            case .failure(let failure): return .failure(SkippedInput(name: item.name, reason: failure.reason, message: failure.message(maximumBytes)))
            }
        }
        return check(bytes, name: item.name)
    }

    private struct ReadFailure: Error {
        let reason: String
        let detail: String
        func message(_ limit: Int) -> String {
            reason == "too-large" ? "\(detail) is over the limit of \(limit) bytes; raise it with --max-document-mb if this is really one article" : detail
        }
    }

    /// Reads a file by its raw path with open(2)/read(2), checking its size
    /// first so that a huge file is never loaded.
    private static func readFile(_ path: [UInt8], limit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY) }
        }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            return .failure(ReadFailure(reason: "unreadable", detail: "cannot read the file: \(reason) (permissions, a broken link, or it was removed)"))
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int(info.st_size) > limit {
            return .failure(ReadFailure(reason: "too-large", detail: "\(info.st_size) bytes"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, Int(info.st_size)))
        // Sized to the file: zeroing a 64 KiB buffer for each small article cost more than reading it.
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, max(0, Int(info.st_size)) + 4096))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: "unreadable", detail: "read error: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > limit { return .failure(ReadFailure(reason: "too-large", detail: "more than \(limit) bytes")) }
        }
        return .success(bytes)
    }

    private func tooLarge(_ name: String, size: Int?) -> SkippedInput {
        let what = size.map { "\($0) bytes" } ?? "more than \(maximumBytes) bytes"
        return SkippedInput(name: name, reason: "too-large", message: "\(what) is over the limit of \(maximumBytes) bytes; raise it with --max-document-mb if this is really one article")
    }

    /// `byName`: the name may tell the format (a file's); a JSONL document's
    /// id is often a page's URL while its text is plain, so only its bytes do.
    public func check(_ bytes: [UInt8], name: String, byName: Bool = true) -> Result<SourceDocument, SkippedInput> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(SkippedInput(name: name, reason: "utf16", offset: 0,
                                         message: "UTF-16 text is not read; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(SkippedInput(name: name, reason: "binary", offset: nul, message: "binary file (NUL byte)"))
        }
        let format = SourceDocument.Format.detect(name: byName ? name : "", bytes: bytes)
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
            if readsLegacyText { return .success(SourceDocument(name: name, bytes: bytes, format: format, encoding: .windows1252)) }
            return .failure(SkippedInput(name: name, reason: "invalid-utf8", offset: bad,
                                         message: "not valid UTF-8 at byte \(bad); convert the file to UTF-8, or read such files as Windows-1252 with --encoding auto"))
        }
        return .success(SourceDocument(name: name, bytes: bytes, format: format))
    }
}
