import Foundation

/// The query string of a request, decoded (`+` as a space, percent escapes), checked against the
/// names an address takes: an unknown or repeated name, or a value that is not valid UTF-8, is a 400.
struct QueryParameters: Sendable {
    /// Longer query strings are refused before anything is decoded.
    static let maximumLength = 2048

    private var values: [String: String] = [:]

    init(_ rawQuery: String?, allowed: [String]) throws(WebError) {
        guard let rawQuery, !rawQuery.isEmpty else { return }
        guard rawQuery.utf8.count <= Self.maximumLength else {
            throw .badParameter("the query string is longer than \(Self.maximumLength) bytes")
        }
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw .badParameter("the query string has a malformed percent escape")
            }
            guard allowed.contains(name) else { throw .unknownParameter(Self.printable(name), allowed: allowed) }
            guard values[name] == nil else { throw .badParameter("the parameter \(name) is given twice") }
            values[name] = value
        }
    }

    /// The value, trimmed; `nil` when absent or empty (an empty form field means no filter).
    subscript(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// A whole number within bounds, or the default when absent.
    func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(WebError) -> Int {
        guard let text = self[name] else { return fallback }
        guard text.count <= 9, let value = Int(text), range.contains(value) else {
            throw .badParameter("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// `1`, `true`, `on`, `yes` or `0`, `false`, `off`, `no`.
    func flag(_ name: String) throws(WebError) -> Bool {
        guard let text = self[name]?.lowercased() else { return false }
        switch text {
        case "1", "true", "on", "yes": return true
        case "0", "false", "off", "no": return false
        default: throw .badParameter("\(name) takes 1 or 0")
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// A name as it may be repeated in a message: short, without control characters.
    static func printable(_ text: String) -> String {
        let visible = text.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }
        let clean = String(String.UnicodeScalarView(visible))
        return clean.count > 40 ? String(clean.prefix(40)) + "…" : clean
    }
}

/// A query string from name–value pairs, percent-encoded for links.
enum QueryString {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ pairs: [(String, String)]) -> String {
        guard !pairs.isEmpty else { return "" }
        return "?"
            + pairs.map { name, value in
                name + "=" + (value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")
            }.joined(separator: "&")
    }

    /// One path component, percent-encoded.
    static func component(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
