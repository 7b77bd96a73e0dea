import Foundation
import PCRE2Kit

/// ingest: reads an input's bytes and decides whether it is a text document.
/// A NUL byte means binary; bytes that are not UTF-8 are reported with the
/// offset of the first bad byte. Nothing is re-encoded, so offsets in the
/// output are offsets into the file as it is on disk.
public struct DocumentLoader: Sendable {
    public init() {}

    public func load(_ item: InputItem) -> Result<SourceDocument, SkippedInput> {
        let bytes: [UInt8]
        switch item.location {
        case .standardInput:
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(SkippedInput(name: item.name, reason: "unreadable", message: "cannot read the file (permissions, or it was removed)"))
            }
            bytes = Array(data)
        }
        return check(bytes, name: item.name)
    }

    public func check(_ bytes: [UInt8], name: String) -> Result<SourceDocument, SkippedInput> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(SkippedInput(name: name, reason: "utf16", offset: 0,
                                         message: "UTF-16 text is not read; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(SkippedInput(name: name, reason: "binary", offset: nul, message: "binary file (NUL byte)"))
        }
        if let bad = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
            return .failure(SkippedInput(name: name, reason: "invalid-utf8", offset: bad,
                                         message: "not valid UTF-8 at byte \(bad); convert the file to UTF-8"))
        }
        return .success(SourceDocument(name: name, bytes: bytes))
    }
}
