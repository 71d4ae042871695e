/// The form of text that goes into the full-text index, and of queries that search it.
///
/// SQLite's `unicode61` tokenizer splits on spaces and punctuation, so a run of Chinese or Japanese
/// characters (written without spaces) would be one huge token, and the `trigram` tokenizer cannot
/// match the many two-character words (身份, 支付). So runs of CJK characters are written as
/// overlapping character bigrams (数字身份 → 数字 字身 身份); other text is left as it is. The same
/// transformation applied to a query makes a Chinese word match wherever it occurs.
public enum SearchText {
    public static func indexForm(_ text: String) -> String {
        if isIndexForm(text) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var run: [Character] = []
        var afterRun = false
        func flushRun() {
            guard !run.isEmpty else { return }
            if !output.isEmpty, output.last != " " { output.append(" ") }
            if run.count == 1 {
                output.append(run[0])
            } else {
                for index in 0..<(run.count - 1) {
                    if index > 0 { output.append(" ") }
                    output.append(run[index])
                    output.append(run[index + 1])
                }
            }
            run.removeAll(keepingCapacity: true)
            afterRun = true
        }
        for character in text {
            if isCJK(character) {
                run.append(character)
            } else {
                flushRun()
                if afterRun, character.isLetter || character.isNumber { output.append(" ") }
                afterRun = false
                output.append(character)
            }
        }
        flushRun()
        return output
    }

    /// Whether a text is its own index form: it holds no CJK character.
    public static func isIndexForm(_ text: String) -> Bool {
        // No CJK character starts below U+3040 (UTF-8 lead byte 0xE3): most texts are left as they are.
        text.utf8.allSatisfy({ $0 < 0xE3 }) || !text.unicodeScalars.contains(where: isCJK)
    }

    /// Han ideographs, kana, and Hangul syllables.
    public static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return isCJK(scalar)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}

extension SearchText {
    /// Marks that the store asks FTS5 to put around matched tokens (they cannot occur in text).
    public static let matchStart: Character = "\u{1}"
    public static let matchEnd: Character = "\u{2}"

    /// A snippet in index form made readable: bigram runs merged back (数字 字身 身份 → 数字身份),
    /// and matches marked `**like this**`.
    public static func readableForm(_ snippet: String) -> String {
        // Characters with their highlight flag, tokens split at spaces.
        var tokens: [[(Character, Bool)]] = [[]]
        var separators: [Character] = []
        var highlighted = false
        for character in snippet {
            if character == matchStart {
                highlighted = true
            } else if character == matchEnd {
                highlighted = false
            } else if character == " " {
                tokens.append([])
                separators.append(character)
            } else {
                tokens[tokens.count - 1].append((character, highlighted))
            }
        }
        // Merge a CJK bigram into the token before it when they overlap by one character.
        var merged: [[(Character, Bool)]] = []
        for token in tokens {
            // A bigram, possibly followed by punctuation that was written against it (交换。).
            let isBigram =
                token.count >= 2 && isCJK(token[0].0) && isCJK(token[1].0)
                && (token.count == 2 || !isCJK(token[2].0))
            if isBigram, let previous = merged.last, let last = previous.last, isCJK(last.0), last.0 == token[0].0,
                previous.count >= 2
            {
                var extended = previous
                extended[extended.count - 1].1 = last.1 || token[0].1
                extended.append(contentsOf: token.dropFirst())
                merged[merged.count - 1] = extended
            } else {
                merged.append(token)
            }
        }
        var output = ""
        var open = false
        for (index, token) in merged.enumerated() {
            if index > 0 {
                if open, !(token.first?.1 ?? false) {
                    output += "**"
                    open = false
                }
                output.append(" ")
            }
            for (character, isMatch) in token {
                if isMatch != open {
                    output += "**"
                    open = isMatch
                }
                output.append(character)
            }
        }
        if open { output += "**" }
        return output
    }
}
