import AtlasCore
import AtlasStore
import Foundation

/// A real SQLite file in a fresh temporary folder, with the real migrations.
struct StoreFixture {
    let folder: URL
    let store: AtlasStore
    let runID: Int64

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try AtlasStore(path: folder.appendingPathComponent("atlas.sqlite").path)
        runID = try store.beginRun(command: "test", toolVersion: "t", extractorVersion: "1", startedAt: Date())
    }

    var path: String { folder.appendingPathComponent("atlas.sqlite").path }

    static func source(_ path: String, _ content: String, _ format: FileFormat = .pdf) -> SourceFile {
        let bytes = Array(content.utf8)
        return SourceFile(path: path, size: bytes.count, sha256: SHA256.hex(of: bytes), format: format)
    }

    /// A document with the given identity, one passage per text, and the given references.
    static func document(
        _ path: String, kind: DocumentIdentity.Kind = .recommendation, identifier: String? = nil,
        edition: String? = nil, status: DocumentIdentity.Status? = nil, part: String? = nil, language: String = "en",
        cites: [String] = [], texts: [String] = ["Body text."]
    ) -> ProcessedDocument {
        var identity = DocumentIdentity()
        identity.kind = kind
        identity.identifier = identifier
        identity.edition = edition
        identity.status = status
        identity.part = part
        identity.language = language
        identity.title = "Title of \(path)"
        let passages = texts.enumerated().map { Passage(ordinal: $0.offset, section: "1", text: $0.element) }
        let references = cites.map { Reference(cited: $0, kind: .ituT, raw: "[\($0)]", passage: 0) }
        return ProcessedDocument(
            source: source(path, path + (identifier ?? "") + (edition ?? "") + language),
            extracted: ExtractedDocument(format: .pdf, pages: texts), passages: passages, identity: identity,
            references: references)
    }

    func save(_ document: ProcessedDocument) throws {
        try store.save(document, provenance: Provenance(extractorVersion: "1"), runID: runID)
    }
}
