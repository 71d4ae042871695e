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

    private var words: Set<String> = []
    private var compounds: Set<String> = []

    /// Learns the document's vocabulary from its lines, leaving out the halves of words broken at line ends.
    public init<Lines: Sequence>(vocabularyFrom lines: Lines) where Lines.Element: StringProtocol {
        var previousEndedBroken = false
        for line in lines {
            var tokens = Self.tokens(of: line)
            let endsBroken = Self.endsWithHyphen(line)
            if previousEndedBroken, !tokens.isEmpty { tokens.removeFirst() }
            if endsBroken, !tokens.isEmpty { tokens.removeLast() }
            for token in tokens {
                if token.contains("-") {
                    compounds.insert(token)
                    for part in token.split(separator: "-") where part.count > 1 { words.insert(String(part)) }
                } else {
                    words.insert(token)
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
        let right = Self.firstWord(of: second)
        let lowerLeft = left.lowercased()
        let lowerRight = right.lowercased()
        if words.contains(lowerLeft + lowerRight) { return .hyphenation }
        if compounds.contains(lowerLeft + "-" + lowerRight) { return .compound }
        if lowerLeft.count > 1, lowerRight.count > 1, words.contains(lowerLeft), words.contains(lowerRight) {
            return .compound
        }
        return .hyphenation
    }

    /// Lowercased words (letters, with inner hyphens) of a line.
    static func tokens<S: StringProtocol>(of line: S) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            while current.last == "-" { current.removeLast() }
            if !current.isEmpty { tokens.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for scalar in line.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else if scalar == "-", !current.isEmpty, current.last != "-" {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    static func endsWithHyphen<S: StringProtocol>(_ line: S) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return last == "-" || last == "\u{AD}"
    }

    /// The word before a final hyphen: letters and inner hyphens back to the previous space.
    static func lastWord<S: StringProtocol>(of line: S) -> String {
        var scalars = Array(line.unicodeScalars)
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
