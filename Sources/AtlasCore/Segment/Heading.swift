import Foundation

/// A heading line read from its numbering: `6.2.1 Assertion validation`, `A.1 Profile`,
/// `Annex A – Protocol profile`, `Appendix II`, `Bibliography`.
public struct Heading: Sendable, Hashable {
    /// The clause number (`6.2.1`, `A.1`, `Annex A`, `Appendix II`), or the heading itself when it
    /// has none (`Bibliography`, `Summary`).
    public var number: String
    public var title: String
    /// 1 for `6`, `Annex A` and unnumbered headings; 3 for `6.2.1`.
    public var level: Int

    public init(number: String, title: String, level: Int) {
        self.number = number
        self.title = title
        self.level = level
    }

    /// The heading as one line: `6.2.1 Assertion validation`, `Annex A – Protocol profile`.
    public var text: String {
        if title.isEmpty || title == number { return number }
        return number.hasPrefix("Annex") || number.hasPrefix("Appendix") ? "\(number) – \(title)" : "\(number) \(title)"
    }

    static let annexKeywords = [
        "Annex", "Appendix", "Annexe", "Appendice", "Anexo", "Apéndice", "Приложение", "Дополнение",
    ]
    static let unnumberedHeadings: Set<String> = [
        "bibliography", "bibliographie", "bibliografía", "библиография",
        "summary", "résumé", "resumen", "keywords", "mots clés", "palabras clave", "introduction", "foreword",
        "avant-propos", "history", "historique", "abstract", "scope", "references", "definitions",
        "abbreviations and acronyms", "conventions", "table of contents", "contents", "摘要", "关键词", "引言", "参考文献",
    ]

    /// Reads a heading from a line that carries its numbering (`1 Scope`, `6.2.1 …`, `A.1 …`,
    /// `Annex A …`, `Appendix I …`, `Bibliography`). Sentences and measurements (`10 Gbit/s
    /// interfaces are required.`) are not headings.
    public init?(numbered line: String) {
        // Most lines are not headings: reject them before any allocation.
        guard let firstByte = line.utf8.first, line.utf8.count <= 480 else { return nil }
        let startsLikeHeading =
            (firstByte >= 0x30 && firstByte <= 0x39) || (firstByte >= 0x41 && firstByte <= 0x5A) || firstByte >= 0xC0
        guard startsLikeHeading else { return nil }
        let text = Self.collapsed(line)
        guard text.count <= 160, let first = text.first else { return nil }
        if firstByte == 0x42 || firstByte >= 0xC0, let unnumbered = Heading(unnumbered: text),
            unnumbered.number.lowercased().hasPrefix("bibliogra")
        {
            self = unnumbered
            return
        }
        for keyword in Self.annexKeywords where text.hasPrefix(keyword + " ") {
            let rest = text.dropFirst(keyword.count + 1).split(separator: " ", maxSplits: 1).map(String.init)
            guard var label = rest.first else { return nil }
            while label.hasSuffix(":") || label.hasSuffix(".") { label.removeLast() }
            guard !label.isEmpty, label.count <= 5, label.allSatisfy({ $0.isUppercase || $0.isNumber }) else {
                return nil
            }
            self.number = "\(keyword) \(label)"
            self.title = rest.count > 1 ? rest[1].trimmingCharacters(in: CharacterSet(charactersIn: " –—-:")) : ""
            self.level = 1
            return
        }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else { return nil }
        var number = words[0]
        if number.hasSuffix(".") && number.dropLast().contains(".") { number.removeLast() }  // `6.2.` → `6.2`
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 7, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        if first.isNumber {
            // `6`, `6.2`, `6.2.1`.
            guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                let value = Int(parts[0]), value < 100, parts.dropFirst().allSatisfy({ $0.count <= 3 })
            else { return nil }
        } else {
            // `A.1`, `B.2.3` in annexes; `I.1`, `II.3.2` in appendices: a letter label and at least one number.
            guard parts.count >= 2, parts[0].count <= 4, parts[0].allSatisfy({ $0.isUppercase && $0.isASCII }),
                parts.dropFirst().allSatisfy({ $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
            else { return nil }
        }
        let title = words[1]
        // A table of contents entry (`6.2 Assertions ........ 12`) is not the heading itself.
        if title.contains("....") || title.contains("…") || title.contains(". . .") { return nil }
        guard let titleFirst = title.first, titleFirst.isLetter,
            titleFirst.isUppercase || !titleFirst.isCased,
            !title.hasSuffix("."), !title.hasSuffix(";"), !title.hasSuffix(","), title.count <= 150
        else { return nil }
        self.number = number
        self.title = title
        self.level = parts.count
    }

    /// The line with runs of whitespace as single spaces, trimmed; the line itself when it is already so.
    static func collapsed(_ line: String) -> String {
        var previousSpace = true
        var clean = true
        for byte in line.utf8 {
            let space = byte == 0x20
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (space && previousSpace) {
                clean = false
                break
            }
            previousSpace = space
        }
        if clean && !previousSpace { return line }
        return line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A heading without a number that documents use as a section (`Summary`, `Keywords`, `Introduction`).
    public init?(unnumbered line: String) {
        guard line.utf8.count <= 64, let firstByte = line.utf8.first, firstByte >= 0x41 else { return nil }
        let text = Self.collapsed(line)
        var key = text.lowercased()
        while key.hasSuffix(":") { key.removeLast() }
        guard Self.unnumberedHeadings.contains(key) else { return nil }
        self.number = String(text.prefix(key.count))
        self.title = self.number
        self.level = 1
    }
}
