import AtlasCore
import AtlasStore
import Foundation
import GRDB
import Testing

struct StoreSimilarityTests {
    static let english = StoreFixture.document(
        "x1281-e.pdf", identifier: "X.1281", language: "en",
        texts: [
            "The identity provider (IdP) sends attributes to the relying party (RP) as defined in X.1281.",
            "The relying party verifies the assertion of the identity provider; see also X.1252.",
        ])
    static let french = StoreFixture.document(
        "x1281-f.pdf", identifier: "X.1281", language: "fr",
        texts: [
            "Le fournisseur d'identité (IdP) transmet des attributs à la partie utilisatrice (RP) selon X.1281.",
            "La partie utilisatrice vérifie l'assertion du fournisseur d'identité; voir aussi X.1252.",
        ])
    static let related = StoreFixture.document(
        "federation.pdf", identifier: "X.1250", language: "en",
        texts: ["Identity federation lets a relying party accept the assertion of an identity provider."])
    static let unrelated = StoreFixture.document(
        "optical.pdf", identifier: "G.698.9", language: "en",
        texts: ["The optical transport network carries the wavelength of the provider over single-mode fibre."])

    func saved() throws -> StoreFixture {
        let fixture = try StoreFixture()
        for document in [Self.english, Self.french, Self.related, Self.unrelated] { try fixture.save(document) }
        return fixture
    }

    @Test func theTermsOfEachDocumentAreStoredWithIt() throws {
        let fixture = try saved()
        let stored = try fixture.store.documentTerms()
        #expect(stored.count == 4)
        for document in try fixture.store.documents() {
            let text = try #require(try fixture.store.text(ofDocument: document.id))
            let expected = Similarity.terms(text, tokenizer: Tokenizer(), language: document.language)
            #expect(stored[document.id] == expected, "\(document.path)")
        }
        #expect(stored[Self.english.source.documentID]?.neutral.isSuperset(of: ["rp", "x.1281", "x.1252"]) == true)
    }

    @Test func theTranslationComesFirstThenTheRelatedText() throws {
        let fixture = try saved()
        let similar = try fixture.store.similarDocuments(to: Self.english.source.documentID, limit: 10)
        #expect(
            similar.map(\.documentID) == [
                Self.french.source.documentID, Self.related.source.documentID, Self.unrelated.source.documentID,
            ])
        #expect(similar.first?.sharedTerms.map(\.term).contains("x.1281") == true)
        #expect(try fixture.store.similarDocuments(to: "nothing", limit: 10).isEmpty)
    }

    /// A database made before `v3-document-terms` gets the terms of its documents when it is next opened.
    @Test func theMigrationFillsInTheTermsOfStoredDocuments() throws {
        let fixture = try saved()
        let before = try fixture.store.documentTerms()
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: "DROP TABLE document_term")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v3-document-terms'")
        }
        try queue.close()
        let readOnly = try AtlasStore(readOnlyPath: fixture.path)
        #expect(try readOnly.documentTerms() == before, "computed from the texts when the table is missing")
        let reopened = try AtlasStore(path: fixture.path)
        #expect(try reopened.appliedMigrations().last == "v3-document-terms")
        #expect(try reopened.documentTerms() == before)
    }
}
