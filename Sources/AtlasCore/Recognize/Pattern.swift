import Foundation

/// A compiled regular expression with Swift-friendly results. `NSRegularExpression` because the
/// identifier patterns need lookbehind; compiled once, as `static let`s, and safe to share.
///
/// Each search hands the whole text to ICU as UTF-16, a copy that costs more than the search itself on
/// long texts. A pattern that cannot match without one of some words (`ISO`, `RFC`) says so in
/// `requiring`, and a text holding none of them is not searched at all.
struct Pattern: Sendable {
    private let regex: NSRegularExpression
    /// A match holds one of these, as written (case-sensitive); empty: no such words known.
    private let required: [[UInt8]]

    init(_ pattern: String, caseInsensitive: Bool = false, requiring words: [String] = []) {
        precondition(!caseInsensitive || words.isEmpty, "required words are matched case-sensitively")
        required = words.map { Array($0.utf8) }
        var options: NSRegularExpression.Options = [.anchorsMatchLines]
        if caseInsensitive { options.insert(.caseInsensitive) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    /// One match: the whole text, its range, and the capture groups (`nil` when a group did not take part).
    struct Match {
        var text: String
        var range: Range<String.Index>
        var groups: [String?]

        subscript(_ index: Int) -> String? { index < groups.count ? groups[index] : nil }
    }

    /// Whether the text can hold a match at all: one of the required words is in it.
    private func mayMatch(_ text: String) -> Bool {
        guard !required.isEmpty else { return true }
        var text = text
        return text.withUTF8 { haystack in required.contains { Self.contains($0, in: haystack) } }
    }

    private static func contains(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first else { return needle.isEmpty }
        return needle.withUnsafeBytes { needleBytes in
            // memchr for the first byte, memcmp for the rest: C speed in debug builds too.
            var offset = 0
            while haystack.count - offset >= needle.count {
                guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else {
                    return false
                }
                let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position, needleBytes.baseAddress!, needle.count) == 0 { return true }
                offset = position + 1
            }
            return false
        }
    }

    func matches(in text: String) -> [Match] {
        guard mayMatch(text) else { return [] }
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.matches(in: text, range: whole).compactMap { Self.match($0, in: text) }
    }

    func firstMatch(in text: String) -> Match? {
        guard mayMatch(text) else { return nil }
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, range: whole).flatMap { Self.match($0, in: text) }
    }

    private static func match(_ result: NSTextCheckingResult, in text: String) -> Match? {
        guard let range = Range(result.range, in: text) else { return nil }
        var groups: [String?] = []
        for index in 1..<max(1, result.numberOfRanges) {
            let groupRange = result.range(at: index)
            if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) {
                groups.append(String(text[swiftRange]))
            } else {
                groups.append(nil)
            }
        }
        return Match(text: String(text[range]), range: range, groups: groups)
    }

    func matches(_ text: String) -> Bool {
        guard mayMatch(text) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }
}
