import AtlasCore
import AtlasStore
import Foundation

/// What a run classifies with: the taxonomy, the classifier's settings and the shipped corpus
/// statistics, loaded from `pipeline/`, with the hashes that go into every record's provenance.
public struct ClassificationSetup: Sendable {
    public var classifier: Classifier
    /// SHA-256 of the taxonomy file.
    public var taxonomyHash: String
    /// SHA-256 of the classifier settings and corpus statistics together.
    public var configHash: String

    public init(classifier: Classifier, taxonomyHash: String, configHash: String) {
        self.classifier = classifier
        self.taxonomyHash = taxonomyHash
        self.configHash = configHash
    }

    /// Loads and checks the three files; throws with the file and line of the first problem.
    public static func load(taxonomy: String, configuration: String, statistics: String) throws -> ClassificationSetup {
        let loadedTaxonomy = try TaxonomyLoader.loadChecked(path: taxonomy)
        let loadedConfiguration = try ClassifierConfiguration.load(path: configuration)
        let loadedStatistics = try CorpusStatistics.load(path: statistics)
        var settings = SHA256()
        for path in [configuration, statistics] {
            settings.update(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        return ClassificationSetup(
            classifier: Classifier(
                taxonomy: loadedTaxonomy, configuration: loadedConfiguration, statistics: loadedStatistics),
            taxonomyHash: SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: taxonomy))),
            configHash: settings.finalizeHex())
    }

    public var taxonomyVersion: String { classifier.taxonomy.version }

    /// The taxonomy as the store keeps it: topics and subtopics in file order, parents first.
    var categories: [CategoryRecord] {
        classifier.taxonomy.nodes.map { node in
            CategoryRecord(
                id: node.id, parentID: node.parent, label: node.label, labels: node.labels,
                definition: node.definition["en"], studyGroups: node.studyGroups, buildingBlocks: node.govstack)
        }
    }

    var buildingBlocks: [BuildingBlockRecord] {
        classifier.taxonomy.buildingBlocks.map {
            BuildingBlockRecord(id: $0.id, name: $0.name, status: $0.details["status"])
        }
    }

    /// Labels for a document and its passages, and each passage's kind.
    func classify(
        _ extracted: ExtractedDocument, identity: DocumentIdentity, passages: [Passage]
    ) -> (
        labels: [Label], passages: [Passage]
    ) {
        let front = FrontMatter(text: extracted.text)
        let classification = classifier.classify(
            title: identity.title ?? front.title, keywords: identity.fields["Keywords"] ?? front.keywords,
            abstract: identity.fields["Abstract"] ?? front.abstract, passages: passages)
        var typed = passages
        var labels = classification.labels
        for result in classification.passages where typed.indices.contains(result.ordinal) {
            typed[result.ordinal].kind = result.kind
            labels += result.labels
        }
        return (labels, typed)
    }
}
