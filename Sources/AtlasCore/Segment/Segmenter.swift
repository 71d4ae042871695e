import Foundation

/// Splits an extracted document into passages (paragraphs, list items, table rows), each carrying
/// the section it stands in, and lists the sections.
///
/// It reads the blocks extraction found: DOCX paragraphs with their styles (`Heading 1`–`9`, `Title`,
/// list levels), PDF paragraphs with the headings their numbering and fonts revealed. A document
/// without blocks (plain pages of text) is split on blank lines and headings are recognised by
/// their numbering alone (`6.2.1 Title`, `Annex A`, `Appendix II`, `Bibliography`).
public enum Segmenter {
    public static func passages(of document: ExtractedDocument) -> [Passage] {
        segment(document).passages
    }

    public static func sections(of document: ExtractedDocument) -> [Section] {
        segment(document).sections
    }

    /// Passages and sections in one pass.
    public static func segment(_ document: ExtractedDocument) -> (passages: [Passage], sections: [Section]) {
        let blocks = document.blocks.isEmpty ? blocks(fromPagesOf: document) : document.blocks
        var passages: [Passage] = []
        var sections: [Section] = []
        var open: [Section] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            var text = block.text
            if let cell = block.cell {
                // A table row is one passage, its cells separated by tabs.
                var cells = [block.text]
                var next = index + 1
                while next < blocks.count, let other = blocks[next].cell, other.table == cell.table,
                    other.row == cell.row
                {
                    cells.append(blocks[next].text)
                    next += 1
                }
                index = next
                text = cells.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\t")
            } else {
                index += 1
            }
            let collapsed = FastText.collapsed(text)
            guard !collapsed.isEmpty else { continue }
            if block.kind == .heading, let heading = heading(of: block, text: collapsed) {
                while let last = open.last, last.level >= heading.level { open.removeLast() }
                let section = Section(
                    number: heading.number, title: heading.title, level: heading.level,
                    path: open.map(\.number) + [heading.number], page: block.page, passage: passages.count)
                open.append(section)
                sections.append(section)
            }
            var passage = Passage(
                ordinal: passages.count, section: open.last?.number, heading: open.last?.title, page: block.page,
                text: collapsed)
            passage.sectionPath = open.last?.path ?? []
            passages.append(passage)
        }
        return (passages, sections)
    }

    private static func heading(of block: TextBlock, text: String) -> Heading? {
        if let numbered = Heading(numbered: text) { return numbered }
        let title = text.count > 160 ? String(text.prefix(160)) : text
        return Heading(number: title, title: title, level: min(max(block.level ?? 1, 1), 9))
    }

    /// Blocks for a document that only has pages of text.
    static func blocks(fromPagesOf document: ExtractedDocument) -> [TextBlock] {
        var result: [TextBlock] = []
        for (pageIndex, page) in document.pages.enumerated() {
            let pageNumber = document.format == .pdf ? pageIndex + 1 : nil
            for text in paragraphs(of: page, format: document.format) {
                let isHeading = Heading(numbered: text) != nil
                result.append(TextBlock(kind: isHeading ? .heading : .paragraph, text: text, page: pageNumber))
            }
        }
        return result
    }

    /// Paragraph-sized pieces of a page of text. DOCX text has one paragraph per line. PDF text
    /// wraps paragraphs over several lines and separates them by blank lines or by a line that
    /// starts a heading or list item.
    static func paragraphs(of page: String, format: FileFormat) -> [String] {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map { FastText.trimmed($0) }
        if format != .pdf {
            return lines.filter { !$0.isEmpty }.map { FastText.collapsed($0) }
        }
        var blocks: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { blocks.append(FastText.collapsed(current.joined(separator: " "))) }
            current.removeAll()
        }
        for line in lines {
            if line.isEmpty {
                flush()
            } else if Heading(numbered: line) != nil {
                flush()
                current.append(line)
                flush()
            } else if startsListItem(line) {
                flush()
                current.append(line)
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    /// Bullets, dashes and `1)`, `a)`, `R-FED-01:` style items.
    public static func startsListItem(_ line: String) -> Bool {
        guard let firstByte = line.utf8.first else { return false }
        if firstByte >= 0x80 {
            guard let first = line.unicodeScalars.first else { return false }
            return listMarkers.contains(first)
        }
        if firstByte == 0x2D { return true }  // `-`
        // `1)`, `a)`, `iv)`: a short run of letters or digits closed by a parenthesis.
        var length = 0
        for byte in line.utf8.prefix(6) {
            if byte == 0x29 { return length > 0 }
            let alphanumeric = (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            guard alphanumeric else { break }
            length += 1
        }
        // `R-FED-01: …` requirement items.
        return line.hasPrefix("R-") && line.utf8.prefix(12).contains(0x3A)
    }

    static let listMarkers: Set<Unicode.Scalar> = [
        "•", "–", "—", "▪", "◦", "·", "●", "○", "■", "□", "➢", "►", "\u{F0B7}", "\u{F0A7}",
    ]
}
