import Foundation

/// Small text repairs for values read off a page: joining wrapped lines, undoing end-of-line hyphenation,
/// collapsing whitespace.
enum TextCleaner {
    /// Collapses runs of whitespace (tabs and line breaks included) to one space.
    static func collapse(_ text: some StringProtocol) -> String {
        FastText.collapsed(text)
    }

    /// Joins wrapped lines into one value. A line ending in `letter-` followed by a lower-case letter is
    /// a hyphenated word: the hyphen goes unless `vocabulary` knows the hyphenated compound
    /// (`time-stamping`) and not the plain word. CJK lines join without a space.
    static func joinLines(_ lines: some Sequence<String>, vocabulary: Set<String> = []) -> String {
        var result = ""
        for raw in lines {
            let line = collapse(raw)
            guard !line.isEmpty else { continue }
            guard let last = result.last else {
                result = line
                continue
            }
            let first = line.first!
            if last == "-", result.count >= 2, result[result.index(result.endIndex, offsetBy: -2)].isLetter,
                first.isLowercase
            {
                let head = lastWord(of: String(result.dropLast()))
                let tail = firstWord(of: line)
                let plain = (head + tail).lowercased()
                let compound = (head + "-" + tail).lowercased()
                if vocabulary.contains(compound) && !vocabulary.contains(plain) {
                    result += line
                } else {
                    result = String(result.dropLast()) + line
                }
            } else if isCJK(last) || isCJK(first) {
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// Removes end-of-line hyphenation inside a text already joined with spaces (`ser- vices`), using the
    /// same rule as `joinLines`.
    static func dehyphenate(_ text: String, vocabulary: Set<String>) -> String {
        guard text.contains("- ") else { return text }
        let pieces = text.components(separatedBy: "- ")
        var result = pieces[0]
        for piece in pieces.dropFirst() {
            guard let previous = result.last, previous.isLetter, let first = piece.first, first.isLowercase else {
                result += "- " + piece
                continue
            }
            let head = lastWord(of: result)
            let tail = firstWord(of: piece)
            let plain = (head + tail).lowercased()
            let compound = (head + "-" + tail).lowercased()
            if vocabulary.contains(plain) || !vocabulary.contains(compound) && head.count >= 2 {
                result += piece
            } else {
                result += "-" + piece
            }
        }
        return result
    }

    /// The lower-cased words (letters, digits and inner hyphens) of a text, for `joinLines`. Read by
    /// Unicode scalar: a word is what matters here, not a grapheme, and scalars are much faster.
    static func vocabulary(of text: some StringProtocol, limit: Int = 120_000) -> Set<String> {
        var words: Set<String> = []
        var current = String.UnicodeScalarView()
        func insert() {
            let word = trimmedHyphens(String(current)).lowercased()
            if word.count > 2 { words.insert(word) }
            // `50-gigabit-capable` also teaches `gigabit-capable` and `50-gigabit`.
            if word.utf8.contains(UInt8(ascii: "-")) {
                let parts = word.split(separator: "-")
                if parts.count > 2 {
                    for index in 0..<(parts.count - 1) { words.insert("\(parts[index])-\(parts[index + 1])") }
                }
            }
            current.removeAll()
        }
        for scalar in text.unicodeScalars.prefix(limit) {
            let value = scalar.value
            let isWordScalar =
                value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                    || (value >= 0x30 && value <= 0x39)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar || (scalar == "-" && !current.isEmpty) {
                current.append(scalar)
            } else if !current.isEmpty {
                insert()
            }
        }
        if !current.isEmpty { insert() }
        return words
    }

    private static func trimmedHyphens(_ word: String) -> String {
        var word = Substring(word)
        while word.last == "-" { word = word.dropLast() }
        return String(word)
    }

    static func lastWord(of text: String) -> String {
        String(text.reversed().prefix { $0.isLetter }.reversed())
    }

    static func firstWord(of text: String) -> String {
        String(text.prefix { $0.isLetter })
    }

    static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: return true
        default: return false
        }
    }
}
