/// Joins words broken by a hyphen at the end of a line, and keeps real hyphenated terms whole.
///
/// `identi-` / `fication` becomes `identification`, but `e-` / `KYC` stays `e-KYC` and `end-to-` /
/// `end` stays `end-to-end`. Without a dictionary, the document is its own: a word the document
/// writes joined elsewhere is joined, a compound it writes with a hyphen elsewhere keeps it, and two
/// halves that are both words of the document keep the hyphen (`real-` / `time`).
public struct Dehyphenator: Sendable {
    /// How two lines meet.
    public enum Join: Sendable, Equatable {
        /// The first line does not end in a broken word: the lines meet with a space.
        case none
        /// A word broken by hyphenation: the hyphen goes and the halves join.
        case hyphenation
        /// A hyphenated term: the hyphen stays and the halves join without a space.
        case compound
    }

    /// The words and compounds of the document that decisions may ask about (lowercased), and
    /// whether the document uses them. Only the forms of line-end breaks are looked up, so the
    /// document is tokenised once against a small set.
    private var known: Set<String> = []

    /// Learns the document's vocabulary from its lines (in reading order), leaving out the halves
    /// of words broken at line ends.
    public init<Lines: Collection>(vocabularyFrom lines: Lines) where Lines.Element: StringProtocol {
        var needed: Set<String> = []
        var previous: Lines.Element?
        for line in lines {
            if let previous, let (left, right) = Self.brokenHalves(previous, line) {
                needed.insert(left + right)
                needed.insert(left + "-" + right)
                needed.insert(left)
                needed.insert(right)
                needed.insert("-" + right)
            }
            previous = line
        }
        guard !needed.isEmpty else { return }
        // Only tokens as long as a needed form can match: the others are never made into strings.
        let lengths = Set(needed.map(\.utf8.count))
        var previousEndedBroken = false
        for line in lines {
            let endsBroken = Self.endsWithHyphen(line)
            Self.forEachToken(
                of: line, skippingFirst: previousEndedBroken, skippingLast: endsBroken, lengths: lengths
            ) { token in
                if needed.contains(token) { known.insert(token) }
                if token.utf8.contains(0x2D) {
                    let parts = token.split(separator: "-")
                    for part in parts where part.utf8.count > 1 {
                        let word = String(part)
                        if needed.contains(word) { known.insert(word) }
                    }
                    // The document writes other `…-mounted` compounds: `wall-` / `mounted` is one too.
                    if let tail = parts.last, needed.contains("-" + tail) { known.insert("-" + tail) }
                }
            }
            previousEndedBroken = endsBroken
        }
    }

    /// Decides how `first` (a line) and `second` (the next line of the same paragraph) meet.
    public func join<A: StringProtocol, B: StringProtocol>(_ first: A, _ second: B) -> Join {
        guard let last = first.unicodeScalars.last else { return .none }
        if last == "\u{AD}" { return .hyphenation }
        guard last == "-" else { return .none }
        let left = Self.lastWord(of: first)
        // A hyphen after a space or a digit is a dash or part of a number, not a broken word.
        guard let leftLast = left.unicodeScalars.last, leftLast.properties.isAlphabetic else { return .none }
        guard let start = second.unicodeScalars.first else { return .none }
        if !start.properties.isLowercase { return .compound }  // e-KYC, ITU-T, X.509-2019
        if left.contains("-") || left.count == 1 { return .compound }  // end-to-end, e-government
        let lowerLeft = left.lowercased()
        let lowerRight = Self.firstWord(of: second).lowercased()
        if known.contains(lowerLeft + lowerRight) { return .hyphenation }
        if known.contains(lowerLeft + "-" + lowerRight) { return .compound }
        if lowerLeft.count > 1, lowerRight.count > 1, known.contains(lowerLeft), known.contains(lowerRight) {
            return .compound
        }
        if lowerRight.count > 2, known.contains("-" + lowerRight) { return .compound }
        return .hyphenation
    }

    /// The lowercased halves of a word broken between two lines that a decision must look up.
    private static func brokenHalves<A: StringProtocol, B: StringProtocol>(
        _ first: A, _ second: B
    ) -> (
        String, String
    )? {
        guard first.unicodeScalars.last == "-", let start = second.unicodeScalars.first, start.properties.isLowercase
        else {
            return nil
        }
        let left = lastWord(of: first)
        guard left.count > 1, !left.contains("-") else { return nil }
        return (left.lowercased(), firstWord(of: second).lowercased())
    }

    /// Calls `body` with each lowercased word (letters, with inner hyphens) of a line whose UTF-8
    /// length is in `lengths` (a hyphenated token is offered whole, whatever its length).
    static func forEachToken<S: StringProtocol>(
        of line: S, skippingFirst: Bool, skippingLast: Bool, lengths: Set<Int>, _ body: (String) -> Void
    ) {
        // Token boundaries as UTF-8 offsets; letters are ASCII letters or, beyond ASCII, alphabetic scalars.
        var spans: [(start: Int, end: Int, hyphenated: Bool)] = []
        var start = -1
        var hyphenated = false
        var offset = 0
        var lastWasHyphen = false
        for scalar in line.unicodeScalars {
            let value = scalar.value
            let width = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            let isLetter =
                value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                : scalar.properties.isAlphabetic
            if isLetter {
                if start < 0 { start = offset }
                lastWasHyphen = false
            } else if value == 0x2D, start >= 0, !lastWasHyphen {
                hyphenated = true
                lastWasHyphen = true
            } else if start >= 0 {
                spans.append((start, lastWasHyphen ? offset - 1 : offset, hyphenated))
                start = -1
                hyphenated = false
                lastWasHyphen = false
            }
            offset += width
        }
        if start >= 0 { spans.append((start, lastWasHyphen ? offset - 1 : offset, hyphenated)) }
        let first = skippingFirst ? 1 : 0
        let end = spans.count - (skippingLast ? 1 : 0)
        guard first < end else { return }
        let utf8 = Array(line.utf8)
        for span in spans[first..<end] where span.hyphenated || lengths.contains(span.end - span.start) {
            body(String(decoding: utf8[span.start..<span.end], as: UTF8.self).lowercased())
        }
    }

    static func endsWithHyphen<S: StringProtocol>(_ line: S) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return last == "-" || last == "\u{AD}"
    }

    /// The word before a final hyphen: letters and inner hyphens back to the previous space.
    static func lastWord<S: StringProtocol>(of line: S) -> String {
        var scalars = Array(line.unicodeScalars.suffix(64))
        if scalars.last == "-" || scalars.last == "\u{AD}" { scalars.removeLast() }
        var start = scalars.count
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1] == "-" { start -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start...])
        return String(view)
    }

    /// The letters that open a line.
    static func firstWord<S: StringProtocol>(of line: S) -> String {
        var view = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            guard scalar.properties.isAlphabetic else { break }
            view.append(scalar)
        }
        return String(view)
    }
}
