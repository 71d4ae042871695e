import Foundation

/// Whitespace trimming and collapsing, with a byte-wise path for ASCII. `Character`-wise splitting and
/// Foundation's `trimmingCharacters` (which bridges to `NSString`) were a tenth of the pure stages' time
/// on lines that are nearly always ASCII; the results are the same (tests hold them to it).
enum FastText {
    /// `text.trimmingCharacters(in: .whitespaces)`: spaces and tabs off both ends (and, through Foundation,
    /// other space separators when a non-ASCII character is left at an end).
    static func trimmed(_ text: Substring) -> String {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { utf8.formIndex(after: &start) }
        while start < end {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
            end = before
        }
        let core = text[start..<end]
        guard let first = core.utf8.first, let last = core.utf8.last else { return "" }
        if first < 0x80 && last < 0x80 { return String(core) }
        return core.trimmingCharacters(in: .whitespaces)
    }

    /// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`.
    static func collapsed(_ text: some StringProtocol) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var spacePending = false
        for byte in text.utf8 {
            // ASCII white space: tab, line feed, vertical tab, form feed, carriage return, space.
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                spacePending = !bytes.isEmpty
                continue
            }
            if spacePending {
                bytes.append(0x20)
                spacePending = false
            }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
