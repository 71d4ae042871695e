import AtlasCore
import AtlasStore
import Foundation
import Hummingbird
import HummingbirdTesting

@testable import AtlasWeb

/// A small corpus in a real SQLite file (real migrations), opened read-only as `dpiatlas serve` opens it:
/// a Recommendation in English and Chinese, a contribution that cites it, a French liaison statement,
/// and a contribution whose title tries to inject markup.
struct WebFixture {
    let folder: URL
    let path: String
    let store: AtlasStore
    let englishID: String
    let chineseID: String
    let contributionID: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("atlas.sqlite").path
        let writer = try AtlasStore(path: path)
        try writer.replaceTaxonomy(
            [
                CategoryRecord(
                    id: "identity", parentID: nil, label: "Digital identity", definition: "Who is who, online.",
                    studyGroups: ["SG17", "SG2"]),
                CategoryRecord(
                    id: "identity-federation", parentID: "identity", label: "Federation", studyGroups: ["SG17"]),
                CategoryRecord(id: "payments", parentID: nil, label: "Digital payments", studyGroups: ["SG3"]),
            ],
            buildingBlocks: [BuildingBlockRecord(id: "identity", name: "Identity")])
        let run = try writer.beginRun(command: "test", toolVersion: "t", extractorVersion: "1", startedAt: Date())
        let documents = [
            Self.document(
                "x-e.pdf", .recommendation, "X.1281", "03/2024", "en", "SG17", "Identity federation framework",
                [
                    ("The identity provider shall sign every assertion for the relying party.", .requirement),
                    ("Federation lets a citizen use one digital identity across services.", .useCase),
                ], labels: ["identity", "identity-federation"]),
            Self.document(
                "x-c.pdf", .recommendation, "X.1281", "03/2024", "zh", "SG17", "身份联合框架",
                [("身份提供方应为依赖方签署每个断言。数字身份", .requirement)], labels: ["identity"]),
            Self.document(
                "c.docx", .contribution, "T25-SG17-C-0001", nil, "en", "SG17", "Proposal on relying party checks",
                [
                    ("No ITU-T Recommendation covers wallet recovery for a digital identity.", .gap),
                    ("See ITU-T X.1281 for the assertion format.", .other),
                ], labels: ["identity"], cites: ["ITU-T X.1281", "ITU-T X.9999"]),
            Self.document(
                "l.docx", .liaison, "T25-SG3-LS-0002", nil, "fr", "SG3", "Paiements numériques et identité",
                [("Les paiements mobiles exigent une identité numérique vérifiée.", .requirement)],
                labels: ["payments"]),
            Self.document(
                "x.docx", .contribution, "T25-SG3-C-0003", nil, "en", "SG3",
                "<script>alert('x')</script> & \"quotes\" identity",
                [("Payments <b>bold</b> identity text & more.", .other)], labels: ["payments"]),
        ]
        for document in documents {
            try writer.save(document, provenance: Provenance(extractorVersion: "1"), runID: run)
        }
        try writer.link()
        let ids = try writer.documents()
        englishID = ids.first { $0.path == "x-e.pdf" }!.id
        chineseID = ids.first { $0.path == "x-c.pdf" }!.id
        contributionID = ids.first { $0.path == "c.docx" }!.id
        store = try AtlasStore(readOnlyPath: path)
    }

    static func document(
        _ path: String, _ kind: DocumentIdentity.Kind, _ identifier: String, _ edition: String?, _ language: String,
        _ group: String, _ title: String, _ passages: [(String, Passage.Kind)], labels: [String],
        cites: [String] = []
    ) -> ProcessedDocument {
        var identity = DocumentIdentity()
        identity.kind = kind
        identity.identifier = identifier
        identity.edition = edition
        identity.status = kind == .recommendation ? .inForce : nil
        identity.language = language
        identity.title = title
        identity.studyGroups = [StudyGroupMention(id: group)]
        identity.date = edition.map { "\($0.suffix(4))-\($0.prefix(2))" } ?? "2026-04-08"
        let bytes = Array((path + title).utf8)
        let source = SourceFile(
            path: path, size: bytes.count, sha256: SHA256.hex(of: bytes), format: path.hasSuffix("pdf") ? .pdf : .docx)
        let stored = passages.enumerated().map {
            Passage(ordinal: $0.offset, section: "6.\($0.offset + 1)", text: $0.element.0, kind: $0.element.1)
        }
        // Evidence: the word "identity" (or 身份) wherever it stands, as code-point offsets.
        let evidence = stored.flatMap { passage -> [Evidence] in
            let scalars = Array(passage.text.unicodeScalars)
            let term = Array((language == "zh" ? "身份" : "identity").unicodeScalars)
            guard scalars.count >= term.count else { return [] }
            return (0...(scalars.count - term.count)).filter { Array(scalars[$0..<($0 + term.count)]) == term }.map {
                Evidence(
                    term: String(String.UnicodeScalarView(term)), field: "body", passage: passage.ordinal, start: $0,
                    end: $0 + term.count, weight: 1)
            }
        }
        return ProcessedDocument(
            source: source, extracted: ExtractedDocument(format: source.format, pages: passages.map(\.0)),
            passages: stored, identity: identity,
            references: cites.map { Reference(cited: $0, kind: .ituT, raw: $0, passage: 1) },
            labels: labels.map {
                Label(category: $0, score: 0.8, keywordScore: 0.7, tfidfScore: 0.4, evidence: evidence)
            })
    }

    func application() throws -> some ApplicationProtocol {
        Application(router: try WebServer.router(store: store))
    }
}

extension TestClientProtocol {
    /// GET (or another method) and the response's status, headers and body as text.
    func fetch(
        _ uri: String, method: HTTPRequest.Method = .get
    ) async throws -> (
        status: HTTPResponse.Status, headers: HTTPFields, body: String
    ) {
        try await execute(uri: uri, method: method) { response in
            (response.status, response.headers, String(buffer: response.body))
        }
    }
}

/// The one error shape of the API.
struct APIError: Decodable {
    struct Detail: Decodable, Equatable {
        var status: Int
        var code: String
        var message: String
    }

    var error: Detail

    init(_ body: String) throws {
        self = try JSONDecoder().decode(APIError.self, from: Data(body.utf8))
    }
}
