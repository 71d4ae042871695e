/// What a file is, judged by its first bytes and never by its name.
public enum FileFormat: String, Sendable, Codable, CaseIterable {
    case pdf
    /// A ZIP archive. Whether it is a DOCX is known only once it is opened.
    case zip
    case docx
    /// A legacy OLE2 compound file (`.doc`, `.xls`): not supported.
    case ole2
    case empty
    case unknown

    /// Recognises a file from its first bytes (the first kilobyte is plenty).
    public static func sniff<Bytes: Collection>(_ prefix: Bytes) -> FileFormat where Bytes.Element == UInt8 {
        let bytes = Array(prefix.prefix(1024))
        if bytes.isEmpty { return .empty }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .ole2 }
        // PDF readers accept the header anywhere in the first kilobyte.
        let marker: [UInt8] = Array("%PDF-".utf8)
        if bytes.count >= marker.count {
            for start in 0...(bytes.count - marker.count)
            where bytes[start..<start + marker.count].elementsEqual(marker) {
                return .pdf
            }
        }
        return .unknown
    }

    /// File name endings that announce a document. A file without document magic bytes is still
    /// taken (and recorded as a failure) when its name says it is a document.
    public static let documentExtensions: Set<String> = [
        "pdf", "docx", "docm", "dotx", "doc", "rtf", "odt",
    ]
}
