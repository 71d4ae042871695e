import AtlasCore
import Foundation

/// The compact form an extracted document travels in from a worker to the supervisor. The bulk of
/// a document (page texts and blocks) is written as length-prefixed UTF-8 and integers; everything
/// else rides along as JSON, so a field added to `ExtractedDocument` travels without a change here.
/// (JSON for the whole document cost several per cent of extraction time, on both sides of the pipe.)
enum DocumentWire {
    struct DecodingError: Error {}

    static func encode(_ document: ExtractedDocument) throws -> [UInt8] {
        var writer = Writer()
        writer.integer(document.pages.count)
        for page in document.pages { writer.string(page) }
        writer.integer(document.blocks.count)
        for block in document.blocks {
            writer.integer(TextBlock.Kind.allCases.firstIndex(of: block.kind) ?? 0)
            writer.string(block.text)
            writer.optional(block.level)
            writer.optionalString(block.style)
            writer.optional(block.page)
            writer.optional(block.cell?.table)
            writer.optional(block.cell?.row)
            writer.optional(block.cell?.column)
            writer.optionalString(block.container?.rawValue)
        }
        var rest = document
        rest.pages = []
        rest.blocks = []
        writer.bytes.append(contentsOf: try JSONEncoder().encode(rest))
        return writer.bytes
    }

    static func decode(_ data: Data) throws -> ExtractedDocument {
        try data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            let pageCount = try reader.count()
            var pages: [String] = []
            pages.reserveCapacity(pageCount)
            for _ in 0..<pageCount { pages.append(try reader.string()) }
            let blockCount = try reader.count()
            var blocks: [TextBlock] = []
            blocks.reserveCapacity(blockCount)
            for _ in 0..<blockCount {
                let kindIndex = try reader.integer()
                guard TextBlock.Kind.allCases.indices.contains(kindIndex) else { throw DecodingError() }
                var block = TextBlock(kind: TextBlock.Kind.allCases[kindIndex], text: try reader.string())
                block.level = try reader.optional()
                block.style = try reader.optionalString()
                block.page = try reader.optional()
                let table = try reader.optional()
                let row = try reader.optional()
                let column = try reader.optional()
                if let table, let row, let column {
                    block.cell = TextBlock.Cell(table: table, row: row, column: column)
                }
                block.container = try reader.optionalString().flatMap(TextBlock.Container.init(rawValue:))
                blocks.append(block)
            }
            var document = try JSONDecoder().decode(ExtractedDocument.self, from: Data(reader.remaining))
            document.pages = pages
            document.blocks = blocks
            return document
        }
    }

    /// An analysis: passages, labels with their evidence and term counts in the compact form (they are
    /// most of it), the rest (what recognition found) as JSON.
    static func encode(_ analysis: DocumentAnalysis) throws -> [UInt8] {
        var writer = Writer()
        writer.integer(analysis.passages.count)
        for passage in analysis.passages {
            writer.integer(passage.ordinal)
            writer.optionalString(passage.section)
            writer.optionalString(passage.heading)
            writer.optional(passage.page)
            writer.string(passage.kind.rawValue)
            writer.string(passage.text)
            writer.integer(passage.sectionPath.count)
            for number in passage.sectionPath { writer.string(number) }
        }
        writer.integer(analysis.labels.count)
        for label in analysis.labels { writer.label(label) }
        writer.bytes.append(analysis.terms == nil ? 0 : 1)
        if let terms = analysis.terms { writer.terms(terms) }
        var rest = analysis
        rest.passages = []
        rest.labels = []
        rest.terms = nil
        writer.bytes.append(contentsOf: try JSONEncoder().encode(rest))
        return writer.bytes
    }

    static func decodeAnalysis(_ data: Data) throws -> DocumentAnalysis {
        try data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            let count = try reader.count()
            var passages: [Passage] = []
            passages.reserveCapacity(count)
            for _ in 0..<count {
                let ordinal = try reader.integer()
                let section = try reader.optionalString()
                let heading = try reader.optionalString()
                let page = try reader.optional()
                guard let kind = Passage.Kind(rawValue: try reader.string()) else { throw DecodingError() }
                var passage = Passage(
                    ordinal: ordinal, section: section, heading: heading, page: page, text: try reader.string(),
                    kind: kind)
                for _ in 0..<(try reader.count()) { passage.sectionPath.append(try reader.string()) }
                passages.append(passage)
            }
            var labels: [Label] = []
            for _ in 0..<(try reader.count()) { labels.append(try reader.label()) }
            let terms = try reader.flag() ? try reader.terms() : nil
            var analysis = try JSONDecoder().decode(DocumentAnalysis.self, from: Data(reader.remaining))
            analysis.passages = passages
            analysis.labels = labels
            analysis.terms = terms
            return analysis
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func integer(_ value: Int) {
            let value = UInt64(bitPattern: Int64(value))
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
        }

        mutating func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                integer(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        mutating func optional(_ value: Int?) {
            integer(value ?? Int.min)
        }

        mutating func optionalString(_ value: String?) {
            if let value {
                bytes.append(1)
                string(value)
            } else {
                bytes.append(0)
            }
        }

        mutating func double(_ value: Double) {
            integer(Int(Int64(bitPattern: value.bitPattern)))
        }

        mutating func label(_ label: Label) {
            string(label.category)
            optional(label.passage)
            double(label.score)
            double(label.keywordScore)
            double(label.tfidfScore)
            integer(label.evidence.count)
            for item in label.evidence {
                string(item.term)
                string(item.field)
                optional(item.passage)
                optional(item.start)
                optional(item.end)
                double(item.weight)
            }
        }

        mutating func terms(_ terms: Similarity.Terms) {
            integer(terms.counts.count)
            for (term, count) in terms.counts {
                string(term)
                double(count)
            }
            integer(terms.neutral.count)
            for term in terms.neutral { string(term) }
            optionalString(terms.language)
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var remaining: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[offset...]) }

        mutating func integer() throws -> Int {
            guard offset + 8 <= bytes.count else { throw DecodingError() }
            var value: UInt64 = 0
            for index in offset..<(offset + 8) { value = value << 8 | UInt64(bytes[index]) }
            offset += 8
            return Int(Int64(bitPattern: value))
        }

        mutating func string() throws -> String {
            let count = try integer()
            guard count >= 0, offset + count <= bytes.count else { throw DecodingError() }
            defer { offset += count }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
        }

        mutating func optional() throws -> Int? {
            let value = try integer()
            return value == Int.min ? nil : value
        }

        mutating func optionalString() throws -> String? {
            try flag() ? try string() : nil
        }

        mutating func flag() throws -> Bool {
            guard offset < bytes.count else { throw DecodingError() }
            offset += 1
            return bytes[offset - 1] == 1
        }

        mutating func double() throws -> Double {
            Double(bitPattern: UInt64(bitPattern: Int64(try integer())))
        }

        /// A count read from the frame: never more than the bytes left could hold.
        mutating func count() throws -> Int {
            let count = try integer()
            guard count >= 0, count <= bytes.count - offset else { throw DecodingError() }
            return count
        }

        mutating func label() throws -> Label {
            let category = try string()
            let passage = try optional()
            let score = try double()
            let keywordScore = try double()
            let tfidfScore = try double()
            var evidence: [Evidence] = []
            for _ in 0..<(try count()) {
                let term = try string()
                let field = try string()
                evidence.append(
                    Evidence(
                        term: term, field: field, passage: try optional(), start: try optional(), end: try optional(),
                        weight: try double()))
            }
            return Label(
                category: category, passage: passage, score: score, keywordScore: keywordScore,
                tfidfScore: tfidfScore, evidence: evidence)
        }

        mutating func terms() throws -> Similarity.Terms {
            var counts: [String: Double] = [:]
            let countCount = try count()
            counts.reserveCapacity(countCount)
            for _ in 0..<countCount {
                let term = try string()
                counts[term] = try double()
            }
            var neutral: Set<String> = []
            for _ in 0..<(try count()) { neutral.insert(try string()) }
            return Similarity.Terms(counts: counts, neutral: neutral, language: try optionalString())
        }
    }
}
