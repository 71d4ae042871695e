import AtlasCore
import Foundation
import Testing

/// Each broken fixture gives the problem it was made for, with its file, line and node.
struct TaxonomyCheckerTests {
    func issues(_ name: String) throws -> [String] {
        let path = TaxonomyFixture.path(name)
        #expect(FileManager.default.fileExists(atPath: path), "missing fixture \(name)")
        let (taxonomy, loadIssues) = try TaxonomyLoader.load(path: path)
        return (loadIssues + TaxonomyChecker.check(taxonomy)).map(\.description)
    }

    @Test func theCommittedTaxonomyIsValid() throws {
        let (taxonomy, loadIssues) = try TaxonomyLoader.load(path: TaxonomyFixture.pipeline)
        #expect(loadIssues.isEmpty)
        #expect(TaxonomyChecker.check(taxonomy).map(\.description) == [])
        #expect(taxonomy.topics.map(\.id) == Taxonomy.topLevelIDs)
        #expect(taxonomy.nodes.count > 60)
    }

    @Test func unknownField() throws {
        let path = TaxonomyFixture.path("taxonomy-unknown-field.yaml")
        let found = try issues("taxonomy-unknown-field.yaml")
        #expect(found.contains { $0.hasPrefix("\(path):8: unknown field \"keyword\" in a topic") })
    }

    @Test func duplicateID() throws {
        let path = TaxonomyFixture.path("taxonomy-duplicate-id.yaml")
        #expect(
            try issues("taxonomy-duplicate-id.yaml").contains(
                "\(path):26: node identity-wallets: duplicate id: already used at line 16"))
    }

    @Test func aKeywordInTwoNodesWithoutIntent() throws {
        let path = TaxonomyFixture.path("taxonomy-keyword-in-two-nodes.yaml")
        let found = try issues("taxonomy-keyword-in-two-nodes.yaml")
        // "Mobile Money" and "mobile money" are the same keyword case folded.
        #expect(
            found.contains {
                $0.hasPrefix("\(path):19: node payments: keyword \"mobile money\" is also in node identity (line 8)")
            })
        // USSD is in both too, but payments lists it under shared.
        #expect(!found.contains { $0.contains("acronym \"USSD\"") })
    }

    @Test func aNodeWithNoKeywords() throws {
        let path = TaxonomyFixture.path("taxonomy-node-without-keywords.yaml")
        #expect(
            try issues("taxonomy-node-without-keywords.yaml").contains(
                "\(path):16: node identity-biometrics: no keywords: a node the classifier cannot match"))
    }

    @Test func notYAMLIsAnErrorWithItsLine() {
        let path = TaxonomyFixture.path("taxonomy-not-yaml.yaml")
        #expect {
            try TaxonomyLoader.load(path: path)
        } throws: { error in
            guard let error = error as? ConfigurationError, let issue = error.issues.first else { return false }
            return issue.file == path && issue.line > 0
        }
    }

    @Test func theREADMERules() throws {
        let path = TaxonomyFixture.path("taxonomy-rules.yaml")
        let found = try issues("taxonomy-rules.yaml")
        let expected = [
            "\(path):5: node identity: no zh label",
            "\(path):5: node identity: language \"de\" is not in the taxonomy's languages",
            "\(path):8: node identity: keyword \"pki\" is the acronym PKI",
            "\(path):5: node identity: acronym \"SAML\" is not in the global acronyms list",
            "\(path):11: node identity: shared \"identity wallet\" is not one of this node's keywords or acronyms",
            "\(path):5: node identity: study group \"SG16\" is not a 2025–2028 one",
            "\(path):5: node identity: question Q12/3 belongs to SG3, which is not in study_groups",
            "\(path):5: node identity: study_groups lacks SG2, listed by its subtopic wallets",
            "\(path):5: node identity: GovStack building block \"identity\" is not in govstack_building_blocks",
            "\(path):10: node identity: exclusion \"conditional access\" occurs inside keyword \"conditional access keys\"",
            "\(path):16: node wallets: a subtopic id starts with its topic's id",
            "\(path):16: node wallets: no definition",
            "\(path):19: node wallets: keyword \"卡\" is one Chinese character",
            "\(path): the fixed topic \"payments\" is missing",
            "\(path): global acronym \"PKI\" is used by no node",
            "\(path):5: node identity: 3 English keywords; a node needs 10–30",
        ]
        for message in expected {
            #expect(found.contains { $0.hasPrefix(message) }, "expected: \(message)")
        }
    }
}
