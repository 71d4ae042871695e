import AtlasCore
import Foundation

/// The JSON shape of `dpiatlas extract --format json`.
struct ExtractReport: Encodable {
    var file: String
    var sha256: String
    var format: String
    /// Page count for PDF; `nil` for DOCX.
    var pages: Int?
    var title: String?
    /// ISO 639-1, as recognised (else as the document states it, DOCX `dc:language`).
    var language: String?
    var metadata: [String: String]?
    var text: String?
    var sections: [Section]?
    /// What the document is (kind, identifier, edition, study groups, …) and what it cites.
    var identity: DocumentIdentity?
    var references: [Reference]?
    var blocks: [TextBlock]?
    var quality: ExtractionQuality?
    var headersFooters: [RunningText]?
    var pageLabels: [String]?
    var notes: [Note]?
    var comments: [Comment]?
    var trackedChanges: [TrackedChange]?
    var failure: ExtractionFailure?

    init(file: String, sha256: String, detectedFormat: FileFormat, result: ExtractionResult) {
        self.file = file
        self.sha256 = sha256
        switch result {
        case .success(let document):
            format = document.format.rawValue
            pages = document.pageCount
            title = document.title
            metadata = document.metadata
            text = document.text
            let (passages, sections) = Segmenter.segment(document)
            self.sections = sections
            let recognition = Recognizer.recognize(fileName: file, document: document, passages: passages)
            identity = recognition.identity
            references = recognition.references
            language =
                recognition.identity.language ?? document.metadata["language"].map { String($0.prefix(2)).lowercased() }
            blocks = document.blocks
            quality = document.quality
            headersFooters = document.headersFooters
            pageLabels = document.pageLabels
            notes = document.notes
            comments = document.comments
            trackedChanges = document.trackedChanges
        case .failure(let failure):
            format = detectedFormat.rawValue
            self.failure = failure
        }
    }

    enum CodingKeys: String, CodingKey {
        case file, sha256, format, pages, title, language, metadata, text, sections, identity, references, blocks
        case quality, headersFooters, pageLabels, notes, comments, trackedChanges, failure
    }

    /// Every key is written, `null` when it does not apply, so readers can rely on the shape.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(sha256, forKey: .sha256)
        try container.encode(format, forKey: .format)
        try container.encode(pages, forKey: .pages)
        try container.encode(title, forKey: .title)
        try container.encode(language, forKey: .language)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(text, forKey: .text)
        try container.encode(sections, forKey: .sections)
        try container.encode(identity, forKey: .identity)
        try container.encode(references, forKey: .references)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(quality, forKey: .quality)
        try container.encode(headersFooters, forKey: .headersFooters)
        try container.encode(pageLabels, forKey: .pageLabels)
        try container.encode(notes, forKey: .notes)
        try container.encode(comments, forKey: .comments)
        try container.encode(trackedChanges, forKey: .trackedChanges)
        try container.encode(failure, forKey: .failure)
    }
}
