import AtlasCore
import Foundation

/// The JSON of the columns written for every label and passage (`label.evidence`,
/// `passage.section_path`), written by hand: the same bytes as `JSONEncoder.sorted` gives (sorted keys,
/// slashes unescaped, `1` for `1.0`, absent optionals left out), at a fraction of its cost. `JSONEncoder`
/// took a fifth of the loading process's time. A test holds the two to the same output.
enum StoredJSON {
    /// `[{"end":7,"field":"body","passage":1,"start":4,"term":"…","weight":0.5}]`
    static func evidence(_ items: [Evidence]) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(items.count * 96)
        json.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(UInt8(ascii: "{"))
            if let end = item.end { append("\"end\":\(end),", to: &json) }
            append("\"field\":", to: &json)
            appendString(item.field, to: &json)
            if let passage = item.passage { append(",\"passage\":\(passage)", to: &json) }
            if let start = item.start { append(",\"start\":\(start)", to: &json) }
            append(",\"term\":", to: &json)
            appendString(item.term, to: &json)
            append(",\"weight\":", to: &json)
            append(number(item.weight), to: &json)
            json.append(UInt8(ascii: "}"))
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    /// `["6","6.2"]`
    static func strings(_ values: [String]) -> String {
        var json: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in values.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            appendString(value, to: &json)
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    /// A finite double as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        precondition(value.isFinite, "JSON has no \(value)")
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private static func append(_ text: String, to json: inout [UInt8]) {
        json.append(contentsOf: text.utf8)
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`.
    static func appendString(_ value: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &json)
            case UInt8(ascii: "\\"): append("\\\\", to: &json)
            case UInt8(ascii: "\n"): append("\\n", to: &json)
            case UInt8(ascii: "\r"): append("\\r", to: &json)
            case UInt8(ascii: "\t"): append("\\t", to: &json)
            case 0x08: append("\\b", to: &json)
            case 0x0C: append("\\f", to: &json)
            case 0..<0x20: append("\\u00" + hex(byte), to: &json)
            default: json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    private static func hex(_ value: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
