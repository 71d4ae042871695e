/// The form of text that goes into the full-text index, and of queries that search it.
///
/// SQLite's `unicode61` tokenizer splits on spaces and punctuation, so a run of Chinese or Japanese
/// characters (written without spaces) would be one huge token, and the `trigram` tokenizer cannot
/// match the many two-character words (身份, 支付). So runs of CJK characters are written as
/// overlapping character bigrams (数字身份 → 数字 字身 身份); other text is left as it is. The same
/// transformation applied to a query makes a Chinese word match wherever it occurs.
public enum SearchText {
    public static func indexForm(_ text: String) -> String {
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
                if afterRun, !character.isWhitespace { output.append(" ") }
                afterRun = false
                output.append(character)
            }
        }
        flushRun()
        return output
    }

    /// Han ideographs, kana, and Hangul syllables.
    public static func isCJK(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
