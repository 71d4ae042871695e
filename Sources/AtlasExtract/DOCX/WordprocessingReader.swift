import AtlasCore
import Foundation

/// Reads one WordprocessingML part (the body, footnotes, endnotes, comments, a header or a footer)
/// in a single streaming pass.
///
/// The body reads as proposed: text inside `w:ins` and `w:moveTo` is kept, `w:del` and `w:moveFrom`
/// are left out, and every such run is also recorded as a `TrackedChange`. Text boxes
/// (`w:txbxContent`) are read once (the `mc:Fallback` copy is skipped) and placed after the
/// paragraph that anchors them; content controls (`w:sdt`) and fields give their displayed text
/// (field instructions are left out); old formatting kept by `w:pPrChange` and the like is skipped.
/// A paragraph is one line of text; a table row is one line with its cells separated by tabs, and
/// each cell is also a block.
final class WordprocessingReader {
    enum Part {
        case body
        case notes(Note.Kind)
        case comments
        case headerFooter(RunningText.Position)

        var name: String {
            switch self {
            case .body: return "body"
            case .notes(let kind): return kind == .footnote ? "footnotes" : "endnotes"
            case .comments: return "comments"
            case .headerFooter(let position): return position.rawValue
            }
        }
    }

    struct Output {
        var blocks: [TextBlock] = []
        /// The body's lines (paragraphs, table rows), empty paragraphs kept as empty lines.
        var lines: [String] = []
        var changes: [TrackedChange] = []
        /// The body text each comment marks, by comment id.
        var anchors: [String: String] = [:]
        var notes: [Note] = []
        var comments: [Comment] = []
        /// The lines of a header or footer part.
        var partLines: [String] = []
    }

    static let wordNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// Elements that keep an earlier state of formatting: never text of the document as it stands.
    private static let formerProperties: Set<String> = [
        "pPrChange", "rPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "numberingChange",
        "tblGridChange", "tblPrExChange",
    ]

    private struct Paragraph {
        var text = ""
        var styleID: String?
        var listLevel: Int?
        var numbered = false
        /// `w:numId` as the paragraph states it (`0`: explicitly not numbered).
        var numId: String?
        var outlineLevel: Int?
        var characters = 0
        var boldCharacters = 0
        var inTextBox: Bool
        var changes: [Int] = []
        /// Text-box paragraphs anchored here: they follow this paragraph.
        var anchored: [(block: TextBlock, line: String, changes: [Int])] = []
    }

    private struct Table {
        var index: Int
        var row = -1
        var column = -1
        var rowCells: [String] = []
        var cellParagraphs: [String] = []
        var cellChanges: [Int] = []
    }

    private struct Item {
        var id: String
        var type: String?
        var author: String?
        var date: String?
        var paragraphs: [String] = []
    }

    private struct OpenChange {
        var index: Int
        var removesText: Bool
    }

    private enum TextTarget {
        case document
        case deleted
    }

    private let reader: XMLStreamReader
    private let part: Part
    private var styles: StyleSheet
    private var numbering: Numbering
    /// The last namespace seen and whether it is WordprocessingML (names are interned, so the
    /// comparison is usually an identity check rather than a hash).
    private var lastNamespace = ""
    private var lastIsWord = false
    private var output = Output()

    private var paragraphs: [Paragraph] = []
    private var tables: [Table] = []
    private var tableCount = 0
    private var item: Item?
    private var changes: [OpenChange] = []
    private var openAnchors: [String] = []
    private var textTarget: TextTarget?
    private var inParagraphProperties = false
    private var inRun = false
    private var inRunProperties = false
    private var runIsBold = false
    private var textBoxDepth = 0

    private init(reader: XMLStreamReader, part: Part, styles: StyleSheet, numbering: Numbering) {
        self.reader = reader
        self.part = part
        self.styles = styles
        self.numbering = numbering
        if case .headerFooter = part { item = Item(id: part.name) }
    }

    /// Reads a part; malformed, too deep or DTD-carrying XML is a failure naming the part.
    static func read(
        _ xml: Data, path: String, part: Part, styles: StyleSheet, numbering: Numbering = Numbering(), maxDepth: Int
    ) throws(ExtractionFailure) -> Output {
        guard let reader = XMLStreamReader(xml, maxDepth: maxDepth) else {
            throw ExtractionFailure(.corrupt, "\(path) cannot be parsed")
        }
        let instance = WordprocessingReader(reader: reader, part: part, styles: styles, numbering: numbering)
        do {
            try instance.run()
        } catch {
            switch error.kind {
            case .tooDeep: throw ExtractionFailure(.tooLarge, "\(path): \(error.message)")
            case .documentType:
                throw ExtractionFailure(
                    .corrupt, "\(path): \(error.message) (OOXML forbids them; entity attacks live there)")
            case .malformed: throw ExtractionFailure(.corrupt, "\(path) is not well-formed XML: \(error.message)")
            }
        }
        if let item = instance.item, case .headerFooter = part {
            instance.output.partLines = item.paragraphs
        }
        instance.output.changes.removeAll { $0.text.isEmpty }
        return instance.output
    }

    private func run() throws(XMLStreamReader.ParseError) {
        while let node = try reader.next() {
            switch node {
            case .start(let name, let namespace, let isEmpty):
                if isWord(namespace) {
                    try start(name, isEmpty: isEmpty)
                } else if namespace == Self.compatibilityNamespace, name == "Fallback" {
                    try reader.skipElement()
                }
            case .end(let name, let namespace):
                if isWord(namespace) { end(name) }
            case .text(let text):
                switch textTarget {
                case .document: append(text)
                case .deleted: appendDeleted(text)
                case nil: break
                }
            }
        }
    }

    private func isWord(_ namespace: String) -> Bool {
        if namespace == lastNamespace { return lastIsWord }
        lastNamespace = namespace
        lastIsWord = Self.wordNamespaces.contains(namespace)
        return lastIsWord
    }

    // MARK: - Elements

    private func start(_ name: String, isEmpty: Bool) throws(XMLStreamReader.ParseError) {
        if Self.formerProperties.contains(name) {
            try reader.skipElement()
            return
        }
        switch name {
        case "p":
            paragraphs.append(Paragraph(inTextBox: textBoxDepth > 0))
            if isEmpty { finishParagraph() }
        case "pPr": inParagraphProperties = !isEmpty
        case "pStyle" where inParagraphProperties && !paragraphs.isEmpty:
            paragraphs[paragraphs.count - 1].styleID = reader.attribute("val")
        case "ilvl" where inParagraphProperties && !paragraphs.isEmpty:
            paragraphs[paragraphs.count - 1].listLevel = reader.attribute("val").flatMap(Int.init)
        case "numId" where inParagraphProperties && !paragraphs.isEmpty:
            let numId = reader.attribute("val") ?? "0"
            paragraphs[paragraphs.count - 1].numbered = numId != "0"
            paragraphs[paragraphs.count - 1].numId = numId
        case "outlineLvl" where inParagraphProperties && !paragraphs.isEmpty:
            paragraphs[paragraphs.count - 1].outlineLevel = reader.attribute("val").flatMap(Int.init)
        case "r":
            inRun = !isEmpty
            runIsBold = false
        case "rPr" where inRun: inRunProperties = !isEmpty
        case "b" where inRunProperties:
            runIsBold = !["0", "false", "off"].contains(reader.attribute("val") ?? "1")
        case "t" where !isEmpty && !inRunProperties: textTarget = .document
        case "delText" where !isEmpty: textTarget = .deleted
        case "tab" where inRun && !inRunProperties: append("\t")
        case "br", "cr":
            if inRun && !inRunProperties { append("\n") }
        case "noBreakHyphen" where inRun: append("-")
        case "ins", "moveTo", "del", "moveFrom":
            // Empty ones mark paragraph marks, rows or cells; only runs of text are changes.
            guard !isEmpty, !inParagraphProperties, !inRunProperties else { break }
            let kind: TrackedChange.Kind =
                switch name {
                case "ins": .insertion
                case "moveTo": .moveTo
                case "del": .deletion
                default: .moveFrom
                }
            let index = output.changes.count
            output.changes.append(
                TrackedChange(
                    kind: kind, text: "", author: reader.attribute("author"), date: reader.attribute("date"),
                    part: part.name))
            changes.append(OpenChange(index: index, removesText: kind == .deletion || kind == .moveFrom))
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].changes.append(index) }
        case "txbxContent" where !isEmpty: textBoxDepth += 1
        case "tbl" where !isEmpty:
            tables.append(Table(index: tableCount))
            tableCount += 1
        case "tr" where !tables.isEmpty && !isEmpty:
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = -1
            tables[tables.count - 1].rowCells = []
        case "tc" where !tables.isEmpty:
            tables[tables.count - 1].column += 1
            tables[tables.count - 1].cellParagraphs = []
            tables[tables.count - 1].cellChanges = []
            if isEmpty { finishCell() }
        case "commentRangeStart":
            if let id = reader.attribute("id") {
                openAnchors.append(id)
                output.anchors[id] = output.anchors[id] ?? ""
            }
        case "commentRangeEnd":
            if let id = reader.attribute("id") { openAnchors.removeAll { $0 == id } }
        case "footnote", "endnote", "comment":
            guard item == nil, case .notes = part else {
                if item == nil, case .comments = part {
                    item = Item(
                        id: reader.attribute("id") ?? "", author: reader.attribute("author"),
                        date: reader.attribute("date"))
                    if isEmpty { finishItem() }
                }
                break
            }
            item = Item(id: reader.attribute("id") ?? "", type: reader.attribute("type"))
            if isEmpty { finishItem() }
        default: break
        }
    }

    private func end(_ name: String) {
        switch name {
        case "t", "delText": textTarget = nil
        case "r":
            inRun = false
            inRunProperties = false
        case "rPr": inRunProperties = false
        case "pPr": inParagraphProperties = false
        case "ins", "moveTo", "del", "moveFrom":
            if !inParagraphProperties, !inRunProperties, !changes.isEmpty { changes.removeLast() }
        case "p": finishParagraph()
        case "txbxContent": textBoxDepth = max(0, textBoxDepth - 1)
        case "tc": if !tables.isEmpty { finishCell() }
        case "tr": if !tables.isEmpty { finishRow() }
        case "tbl": if !tables.isEmpty { tables.removeLast() }
        case "footnote", "endnote", "comment": finishItem()
        default: break
        }
    }

    // MARK: - Text

    private func append(_ text: String) {
        if changes.contains(where: \.removesText) {
            appendDeleted(text)
            return
        }
        guard !paragraphs.isEmpty else { return }
        let count = text.count
        paragraphs[paragraphs.count - 1].text += text
        paragraphs[paragraphs.count - 1].characters += count
        if runIsBold { paragraphs[paragraphs.count - 1].boldCharacters += count }
        if let change = changes.last { output.changes[change.index].text += text }
        for id in openAnchors { output.anchors[id, default: ""] += text }
    }

    private func appendDeleted(_ text: String) {
        guard let change = changes.last(where: \.removesText) ?? changes.last else { return }
        output.changes[change.index].text += text
    }

    // MARK: - Paragraphs, cells, rows, items

    private func finishParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        for id in openAnchors { output.anchors[id, default: ""] += " " }
        var lines =
            paragraph.text.utf8.contains(0x0A)
            ? paragraph.text.split(separator: "\n", omittingEmptySubsequences: false).map { TextNormalizer.line($0) }
            : [TextNormalizer.line(paragraph.text)]
        // The number Word prints before a numbered heading or item (`6.2.1`, `a)`) is not in the runs.
        if let label = numberLabel(for: paragraph), let first = lines.firstIndex(where: { !$0.isEmpty }),
            !lines[first].hasPrefix(label)
        {
            lines[first] = label + " " + lines[first]
        }
        let text = lines.filter { !$0.isEmpty }.joined(separator: " ")
        let line = lines.joined(separator: "\n")

        if paragraph.inTextBox, !paragraphs.isEmpty {
            var block = self.block(for: paragraph, text: text)
            block.container = .textBox
            if !text.isEmpty {
                paragraphs[paragraphs.count - 1].anchored.append((block, line, paragraph.changes))
            }
            paragraphs[paragraphs.count - 1].anchored += paragraph.anchored
            return
        }
        if !tables.isEmpty {
            tables[tables.count - 1].cellParagraphs.append(text)
            tables[tables.count - 1].cellParagraphs += paragraph.anchored.map(\.block.text)
            tables[tables.count - 1].cellChanges += paragraph.changes + paragraph.anchored.flatMap(\.changes)
            return
        }
        if item != nil {
            if !text.isEmpty { item?.paragraphs.append(text) }
            for anchored in paragraph.anchored { item?.paragraphs.append(anchored.block.text) }
            return
        }
        if text.isEmpty {
            if output.lines.last?.isEmpty == false { output.lines.append("") }
        } else {
            var block = self.block(for: paragraph, text: text)
            if paragraph.inTextBox { block.container = .textBox }
            emit(block, changes: paragraph.changes)
            output.lines.append(line)
        }
        for anchored in paragraph.anchored {
            emit(anchored.block, changes: anchored.changes)
            output.lines.append(anchored.line)
        }
    }

    /// The printed number of a paragraph numbered directly, through its style, or by a list level
    /// linked to its style. Counting runs in the body only.
    private func numberLabel(for paragraph: Paragraph) -> String? {
        guard case .body = part else { return nil }
        if let numId = paragraph.numId {
            guard numId != "0" else { return nil }
            let level =
                paragraph.listLevel ?? paragraph.styleID.flatMap { styles.numbering(of: $0)?.level } ?? 0
            return numbering.label(numId: numId, level: level)
        }
        guard let style = paragraph.styleID else { return nil }
        if let (numId, styleLevel) = styles.numbering(of: style) {
            return numbering.label(numId: numId, level: paragraph.listLevel ?? styleLevel)
        }
        if let (numId, level) = numbering.styleLinks[style] {
            return numbering.label(numId: numId, level: paragraph.listLevel ?? level)
        }
        return nil
    }

    private func block(for paragraph: Paragraph, text: String) -> TextBlock {
        var kind = TextBlock.Kind.paragraph
        var level: Int?
        if let id = paragraph.styleID, let role = styles.role(of: id) {
            (kind, level) = role
        }
        if kind == .paragraph || (kind == .listItem && paragraph.numbered) {
            if paragraph.numbered {
                kind = .listItem
                level = (paragraph.listLevel ?? 0) + 1
            } else if let outline = paragraph.outlineLevel, outline < 9 {
                kind = .heading
                level = outline + 1
            } else if let heading = Heading(numbered: text),
                paragraph.boldCharacters * 2 > paragraph.characters || text.count <= 80
            {
                kind = .heading
                level = heading.level
            }
        }
        return TextBlock(kind: kind, text: text, level: level, style: paragraph.styleID.map(styles.name(of:)))
    }

    private func emit(_ block: TextBlock, changes: [Int]) {
        let index = output.blocks.count
        output.blocks.append(block)
        for change in changes { output.changes[change].block = index }
    }

    private func finishCell() {
        var table = tables[tables.count - 1]
        let paragraphs = table.cellParagraphs.filter { !$0.isEmpty }
        let text = paragraphs.joined(separator: "\n")
        table.rowCells.append(paragraphs.joined(separator: " "))
        tables[tables.count - 1] = table
        guard tables.count == 1, item == nil else {
            // A table in a cell or in a note: its text goes to the enclosing cell or note, row by row.
            if tables.count >= 2 { tables[tables.count - 2].cellChanges += table.cellChanges }
            return
        }
        if !text.isEmpty {
            emit(
                TextBlock(
                    kind: .tableCell, text: text,
                    cell: TextBlock.Cell(table: table.index, row: table.row, column: table.column)),
                changes: table.cellChanges)
        }
    }

    private func finishRow() {
        var cells = tables[tables.count - 1].rowCells
        tables[tables.count - 1].rowCells = []
        while cells.last?.isEmpty == true { cells.removeLast() }
        guard !cells.isEmpty else { return }
        let line = cells.joined(separator: "\t")
        if tables.count >= 2 {
            tables[tables.count - 2].cellParagraphs.append(line.replacingOccurrences(of: "\t", with: " "))
        } else if item != nil {
            item?.paragraphs.append(line)
        } else {
            output.lines.append(line)
        }
    }

    private func finishItem() {
        guard let finished = item else { return }
        switch part {
        case .notes(let kind):
            item = nil
            let separators: Set<String> = ["separator", "continuationSeparator", "continuationNotice"]
            if let type = finished.type, separators.contains(type) { return }
            output.notes.append(Note(kind: kind, id: finished.id, text: finished.paragraphs.joined(separator: "\n")))
        case .comments:
            item = nil
            output.comments.append(
                Comment(
                    id: finished.id, author: finished.author, date: finished.date,
                    text: finished.paragraphs.joined(separator: "\n")))
        case .body, .headerFooter:
            break
        }
    }
}
