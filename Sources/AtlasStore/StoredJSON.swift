import AtlasCore
import Foundation

/// The JSON of the columns written for every label and passage (`label.evidence`,
/// `passage.section_path`), written by hand: the same bytes as `JSONEncoder.sorted` gives (sorted keys,
/// slashes unescaped, `1` for `1.0`, absent optionals left out), at a fraction of its cost. `JSONEncoder`
/// took a fifth of the loading process's time. A test holds the two to the same output.
enum StoredJSON {
    /// `[{"end":7,"field":"body","passage":1,"start":4,"term":"…","weight":0.5}]`
    static func evidence(_ items: [Evidence]) -> String {
        var json = "["
        for (index, item) in items.enumerated() {
            if index > 0 { json += "," }
            json += "{"
            if let end = item.end { json += "\"end\":\(end)," }
            json += "\"field\":"
            appendString(item.field, to: &json)
            if let passage = item.passage { json += ",\"passage\":\(passage)" }
            if let start = item.start { json += ",\"start\":\(start)" }
            json += ",\"term\":"
            appendString(item.term, to: &json)
            json += ",\"weight\":"
            json += number(item.weight)
            json += "}"
        }
        return json + "]"
    }

    /// `["6","6.2"]`
    static func strings(_ values: [String]) -> String {
        var json = "["
        for (index, value) in values.enumerated() {
            if index > 0 { json += "," }
            appendString(value, to: &json)
        }
        return json + "]"
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "JSON has no \(value)")
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`.
    static func appendString(_ value: String, to json: inout String) {
        json += "\""
        var plainStart = value.unicodeScalars.startIndex
        var index = plainStart
        let scalars = value.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String? =
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                case "\u{8}": "\\b"
                case "\u{C}": "\\f"
                default: scalar.value < 0x20 ? "\\u00" + hex(scalar.value) : nil
                }
            if let escape {
                json.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                json += escape
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        json.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        json += "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
