import Foundation

/// Splits extracted text into passages (paragraphs, list items, table rows), each carrying the
/// clause it stands in. Headings are recognised by their numbering (`6.2.1 Title`, `Annex A`,
/// `Appendix II`, `Bibliography`) and start a new section; they are passages too.
public enum Segmenter {
    public static func passages(of document: ExtractedDocument) -> [Passage] {
        var passages: [Passage] = []
        var section: String?
        var heading: String?
        for (pageIndex, page) in document.pages.enumerated() {
            let pageNumber = document.format == .pdf ? pageIndex + 1 : nil
            for block in blocks(of: page, format: document.format) {
                if let found = Heading(block) {
                    section = found.number
                    heading = found.title
                }
                passages.append(
                    Passage(ordinal: passages.count, section: section, heading: heading, page: pageNumber, text: block))
            }
        }
        return passages
    }

    /// Paragraph-sized blocks. DOCX text has one paragraph per line. PDF text (as poppler lays it out)
    /// wraps paragraphs over several lines and separates them by blank lines or by a line that starts
    /// a heading or list item.
    static func blocks(of page: String, format: FileFormat) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if format != .pdf {
            return lines.filter { !$0.isEmpty }.map(collapse)
        }
        var blocks: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { blocks.append(collapse(current.joined(separator: " "))) }
            current.removeAll()
        }
        for line in lines {
            if line.isEmpty {
                flush()
            } else if Heading(line) != nil || startsListItem(line) {
                flush()
                current.append(line)
                if Heading(line) != nil { flush() }
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    static func startsListItem(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if "•–-—▪◦".contains(first) { return true }
        // `1)`, `a)`, `R-FED-01:` style items.
        let prefix = line.prefix(12)
        if let close = prefix.firstIndex(of: ")"), close != prefix.startIndex,
            prefix[prefix.startIndex..<close].allSatisfy({ $0.isLetter || $0.isNumber })
        {
            return true
        }
        return line.hasPrefix("R-") && prefix.contains(":")
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A heading line: its clause number and title.
struct Heading {
    var number: String
    var title: String

    init?(_ line: String) {
        let text = Segmenter.collapse(line)
        guard text.count <= 140, let first = text.first else { return nil }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        if first.isNumber {
            // `6`, `6.2`, `6.2.1`, `A.1`-style numbers followed by a title that does not end a sentence.
            let number = words[0]
            let parts = number.split(separator: ".", omittingEmptySubsequences: false)
            guard words.count == 2, parts.count <= 6, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                let value = Int(parts[0]), value < 100
            else { return nil }
            let title = words[1]
            guard title.first?.isLetter == true, title.first?.isUppercase == true || !(title.first?.isCased ?? true),
                !title.hasSuffix("."), !title.hasSuffix(";"), !title.hasSuffix(",")
            else { return nil }
            self.number = number
            self.title = title
            return
        }
        for keyword in ["Annex", "Appendix", "Annexe", "Appendice"] where text.hasPrefix(keyword + " ") {
            let rest = text.dropFirst(keyword.count + 1).split(separator: " ", maxSplits: 1).map(String.init)
            guard let label = rest.first, label.count <= 5,
                label.allSatisfy({ $0.isUppercase || $0.isNumber })
            else { return nil }
            self.number = "\(keyword) \(label)"
            self.title = rest.count > 1 ? rest[1].trimmingCharacters(in: CharacterSet(charactersIn: " –—-")) : ""
            return
        }
        if text == "Bibliography" || text == "Bibliographie" {
            self.number = text
            self.title = text
            return
        }
        return nil
    }
}
