import Foundation

/// A compiled regular expression with Swift-friendly results. `NSRegularExpression` because the
/// identifier patterns need lookbehind; compiled once, as `static let`s, and safe to share.
struct Pattern: Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
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

    func matches(in text: String) -> [Match] {
        let whole = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.matches(in: text, range: whole).compactMap { Self.match($0, in: text) }
    }

    func firstMatch(in text: String) -> Match? {
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
        regex.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }
}
