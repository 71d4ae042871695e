/// Finds running headers and footers: lines near the top or bottom of the page that repeat across
/// pages once their numbers are ignored (`Rec. ITU-T X.1281 (03/2024)`, `- 2 -`, `iii`, `Page 4 of 9`).
/// They are removed from the body and kept as metadata, with the page number each page prints.
public struct RunningTextDetector: Sendable {
    /// How many lines at the top and at the bottom of a page can be running text.
    public var zoneLines = 4
    /// The share of the page height, from the top or the bottom edge, where running text stands.
    public var zoneHeight = 0.15
    /// The least share of the pages a line must repeat on (and never fewer than two pages).
    public var minimumShare = 0.25

    public init() {}

    public struct Result: Sendable, Hashable {
        /// For each page, the indexes of its lines that are running text.
        public var removed: [Set<Int>]
        public var running: [RunningText]
        /// The page number printed on each page, `""` where none.
        public var pageLabels: [String]
    }

    private struct Occurrence {
        var page: Int
        var line: Int
        var text: String
    }

    public func detect(_ pages: [LayoutPage]) -> Result {
        var result = Result(
            removed: Array(repeating: [], count: pages.count), running: [],
            pageLabels: Array(repeating: "", count: pages.count))
        guard pages.count >= 2 else { return result }
        var groups: [String: [Occurrence]] = [:]
        var order: [String] = []
        for (pageIndex, page) in pages.enumerated() {
            let candidates = zoneCandidates(page)
            for (lineIndex, position) in candidates {
                let text = page.lines[lineIndex].text
                let key = "\(position.rawValue)|\(Self.key(text))"
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(Occurrence(page: pageIndex, line: lineIndex, text: text))
            }
        }
        let needed = max(2, Int((Double(pages.count) * minimumShare).rounded(.up)))
        for key in order {
            guard let occurrences = groups[key] else { continue }
            let pagesWithIt = Set(occurrences.map(\.page))
            guard pagesWithIt.count >= needed || (pagesWithIt.count >= 2 && Self.isPageNumber(occurrences[0].text))
            else { continue }
            // Lines identical on every page are running text; so are lines that differ only in a page number.
            let position: RunningText.Position = key.hasPrefix("header") ? .header : .footer
            var representative: String?
            var pageNumbers: [Int] = []
            let splits = occurrences.map { Self.splitPageNumber($0.text) }
            // A number that is the same on every page (`ITU 2024`) is part of the text, not a page number.
            let numbersVary = Set(splits.compactMap(\.label)).count > 1
            for (occurrence, split) in zip(occurrences, splits) {
                result.removed[occurrence.page].insert(occurrence.line)
                let label = numbersVary || split.rest.isEmpty ? split.label : nil
                let rest = label == nil ? occurrence.text : split.rest
                if let label, result.pageLabels[occurrence.page].isEmpty {
                    result.pageLabels[occurrence.page] = label
                }
                if representative == nil, !rest.isEmpty { representative = rest }
                pageNumbers.append(occurrence.page + 1)
            }
            if let representative {
                result.running.append(
                    RunningText(position: position, text: representative, pages: Array(Set(pageNumbers)).sorted()))
            }
        }
        return result
    }

    /// The lines of a page that stand where running text stands: the few lines at the very top
    /// (or bottom) of the page, within the zone, set apart from the rest by a clear gap. A table
    /// header row repeated at the top of continued tables has no such gap below it and stays.
    private func zoneCandidates(_ page: LayoutPage) -> [(Int, RunningText.Position)] {
        let indexed = page.lines.indices.filter { !page.lines[$0].text.isEmpty }
        guard !indexed.isEmpty else { return [] }
        let hasGeometry = page.height > 0 && page.lines.contains { $0.yMax > 0 }
        guard hasGeometry else {
            // Without geometry: the first and the last line.
            var result: [(Int, RunningText.Position)] = [(indexed[0], .header)]
            if indexed.count > 1, let last = indexed.last { result.append((last, .footer)) }
            return result
        }
        let byTop = indexed.sorted { page.lines[$0].yMin < page.lines[$1].yMin }
        let header = block(byTop, in: page, fromTop: true)
        let footer = block(byTop.reversed(), in: page, fromTop: false).filter { !header.contains($0) }
        return header.map { ($0, .header) } + footer.map { ($0, .footer) }
    }

    /// The lines from one edge of the page up to the first clear gap, if that comes within
    /// `zoneLines` lines and inside the zone; otherwise none.
    private func block<Lines: Sequence<Int>>(_ order: Lines, in page: LayoutPage, fromTop: Bool) -> [Int] {
        var taken: [Int] = []
        var edge = 0.0
        for index in order {
            let line = page.lines[index]
            if let last = taken.last {
                let previous = page.lines[last]
                let gap = fromTop ? line.yMin - edge : edge - line.yMax
                if gap >= max(8, previous.height * 0.6) { return taken }
            }
            let inZone = fromTop ? line.yMax <= page.height * zoneHeight : line.yMin >= page.height * (1 - zoneHeight)
            guard inZone, taken.count < zoneLines else { return [] }
            taken.append(index)
            edge = fromTop ? max(edge, line.yMax) : (taken.count == 1 ? line.yMin : min(edge, line.yMin))
        }
        return taken
    }

    /// The line with its numbers masked: digit runs and Roman numerals become `#`.
    static func key(_ text: String) -> String {
        var words: [String] = []
        for word in text.split(separator: " ") {
            if isRomanNumeral(word) {
                words.append("#")
                continue
            }
            var masked = ""
            var inDigits = false
            for character in word {
                if character.isASCII && character.isNumber {
                    if !inDigits { masked.append("#") }
                    inDigits = true
                } else {
                    masked.append(character)
                    inDigits = false
                }
            }
            words.append(masked)
        }
        return words.joined(separator: " ")
    }

    static func isRomanNumeral<S: StringProtocol>(_ word: S) -> Bool {
        guard !word.isEmpty, word.count <= 8 else { return false }
        let lower = word.lowercased()
        guard lower.allSatisfy({ "ivxlcdm".contains($0) }) else { return false }
        // Either all lower case or all upper case, and a plausible page number.
        guard word == word.lowercased() || word == word.uppercased() else { return false }
        return lower.allSatisfy({ "ivxl".contains($0) })
    }

    /// A line that is only a page number: `7`, `- 7 -`, `iv`, `Page 7`, `Page 7 of 12`, `7/12`.
    public static func isPageNumber(_ text: String) -> Bool {
        let (label, rest) = splitPageNumber(text)
        return label != nil && rest.isEmpty
    }

    /// Takes a page number off the start or end of a line: `("3", "Rec. ITU-T X.1281 (03/2024)")`.
    static func splitPageNumber(_ text: String) -> (label: String?, rest: String) {
        var words = text.split(separator: " ").map(String.init)
        func isNumberWord(_ word: String) -> Bool {
            (word.count <= 4 && word.allSatisfy { $0.isASCII && $0.isNumber }) || isRomanNumeral(word)
        }
        // `- 2 -`, `– 2 –`
        let dashes: Set<String> = ["-", "–", "—"]
        if words.count == 3, dashes.contains(words[0]), dashes.contains(words[2]), isNumberWord(words[1]) {
            return (words[1], "")
        }
        if words.count == 1, let word = words.first {
            let trimmed = word.trimmingDashes()
            if isNumberWord(trimmed) { return (trimmed, "") }
            // `7/12`
            let parts = word.split(separator: "/")
            if parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) && $0.count <= 4 }) {
                return (String(parts[0]), "")
            }
        }
        // `Page 7`, `Page 7 of 12`, `Pag. 7`
        if let first = words.first, ["page", "pag.", "página", "pagina", "стр."].contains(first.lowercased()),
            words.count >= 2, isNumberWord(words[1]),
            words.count == 2 || (words.count == 4 && ["of", "de", "sur", "из"].contains(words[2].lowercased()))
        {
            return (words[1], "")
        }
        if words.count >= 2, let last = words.last, isNumberWord(last), !(words[words.count - 2].hasSuffix("(")) {
            words.removeLast()
            return (last, words.joined(separator: " "))
        }
        if words.count >= 2, isNumberWord(words[0]) {
            let label = words.removeFirst()
            return (label, words.joined(separator: " "))
        }
        return (nil, text)
    }
}

extension String {
    fileprivate func trimmingDashes() -> String {
        var result = Substring(self)
        while let first = result.first, "-–—".contains(first) { result.removeFirst() }
        while let last = result.last, "-–—".contains(last) { result.removeLast() }
        return String(result)
    }
}
