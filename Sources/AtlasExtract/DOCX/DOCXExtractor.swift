import AtlasCore
import Foundation

/// DOCX text, structure and metadata: the ZIP is opened in memory and its XML parts are streamed
/// through libxml2. The body, its styles, footnotes and endnotes, comments, headers and footers
/// each come from their own part, found through the package relationships.
enum DOCXExtractor {
    static func extract(_ data: Data, limits: ExtractionLimits) -> ExtractionResult {
        let package: DOCXPackage
        switch DOCXPackage.open(data, limits: limits) {
        case .success(let opened): package = opened
        case .failure(let failure): return .failure(failure)
        }
        do {
            return .success(try extract(package, limits: limits))
        } catch {
            return .failure(error)
        }
    }

    private static func extract(
        _ package: DOCXPackage, limits: ExtractionLimits
    ) throws(ExtractionFailure)
        -> ExtractedDocument
    {
        let mainPath = try mainDocumentPath(package)
        guard let mainPath, let bodyXML = try package.read(mainPath) else {
            throw ExtractionFailure(.unsupported, "a ZIP archive without word/document.xml is not a DOCX")
        }
        let relationships = try package.relationships(of: mainPath)
        func target(_ type: String) -> String? { relationships.first { $0.type == type }?.target }

        var styles = StyleSheet()
        if let path = target("styles"), let xml = try package.read(path) {
            do {
                styles = try StyleSheet(xml, maxDepth: limits.maxXMLDepth)
            } catch {
                throw failure(error, path: path)
            }
        }
        var numbering = Numbering()
        if let path = target("numbering"), let xml = try package.read(path) {
            do {
                numbering = try Numbering(xml, maxDepth: limits.maxXMLDepth)
            } catch {
                throw failure(error, path: path)
            }
        }
        let body = try WordprocessingReader.read(
            bodyXML, path: mainPath, part: .body, styles: styles, numbering: numbering, maxDepth: limits.maxXMLDepth)
        // Empty paragraphs at the start and the end are no text.
        var lines = body.lines[...]
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let text = lines.joined(separator: "\n")
        var document = ExtractedDocument(format: .docx, pages: [text])
        document.blocks = body.blocks
        document.trackedChanges = body.changes

        for (type, kind) in [("footnotes", Note.Kind.footnote), ("endnotes", .endnote)] {
            guard let path = target(type), let xml = try package.read(path) else { continue }
            let notes = try WordprocessingReader.read(
                xml, path: path, part: .notes(kind), styles: styles, maxDepth: limits.maxXMLDepth)
            document.notes += notes.notes
            document.trackedChanges += notes.changes
        }
        if let path = target("comments"), let xml = try package.read(path) {
            let comments = try WordprocessingReader.read(
                xml, path: path, part: .comments, styles: styles, maxDepth: limits.maxXMLDepth)
            document.comments = comments.comments.map { comment in
                var anchored = comment
                let anchor = body.anchors[comment.id].map { TextNormalizer.line($0) } ?? ""
                anchored.anchor = anchor.isEmpty ? nil : anchor
                return anchored
            }
            document.trackedChanges += comments.changes
        }
        var seen = Set<String>()
        for (type, position) in [("header", RunningText.Position.header), ("footer", .footer)] {
            for relationship in relationships where relationship.type == type {
                guard let xml = try package.read(relationship.target) else { continue }
                let part = try WordprocessingReader.read(
                    xml, path: relationship.target, part: .headerFooter(position), styles: styles,
                    maxDepth: limits.maxXMLDepth)
                let text = part.partLines.joined(separator: "\n")
                if !text.isEmpty, seen.insert("\(type)|\(text)").inserted {
                    document.headersFooters.append(RunningText(position: position, text: text))
                }
                document.trackedChanges += part.changes
            }
        }
        document.metadata = try metadata(package)
        document.quality = ExtractionQuality.measure(pages: document.pages)
        return document
    }

    /// The main part, as `_rels/.rels` names it (`word/document.xml` in every DOCX seen so far).
    private static func mainDocumentPath(_ package: DOCXPackage) throws(ExtractionFailure) -> String? {
        let root = (try? package.relationships(of: "")) ?? []
        if let main = root.first(where: { $0.type == "officeDocument" })?.target, package.contains(main) {
            return main
        }
        return package.contains("word/document.xml") ? "word/document.xml" : nil
    }

    private static func metadata(_ package: DOCXPackage) throws(ExtractionFailure) -> [String: String] {
        var metadata: [String: String] = [:]
        for (path, reader) in [
            ("docProps/core.xml", CoreProperties.read), ("docProps/app.xml", CoreProperties.readApplication),
        ] {
            guard let xml = try? package.read(path) else { continue }
            // Broken document properties never cost the document its text.
            if let values = try? reader(xml) {
                metadata.merge(values) { first, _ in first }
            }
        }
        return metadata
    }

    static func failure(_ error: XMLStreamReader.ParseError, path: String) -> ExtractionFailure {
        switch error.kind {
        case .tooDeep: return ExtractionFailure(.tooLarge, "\(path): \(error.message)")
        case .documentType: return ExtractionFailure(.corrupt, "\(path): \(error.message)")
        case .malformed: return ExtractionFailure(.corrupt, "\(path) is not well-formed XML: \(error.message)")
        }
    }
}
