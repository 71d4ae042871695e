import AtlasCore
import AtlasStore
import Foundation
import Synchronization

/// What a run classifies with: the taxonomy, the classifier's settings and the shipped corpus
/// statistics, loaded from `pipeline/`, with the hashes that go into every record's provenance.
///
/// The classifier itself (its TF-IDF profiles take a few tenths of a second to build) is built on
/// first use: the ingest process, whose workers classify, mostly never needs it.
public struct ClassificationSetup: Sendable {
    public let taxonomy: Taxonomy
    /// SHA-256 of the taxonomy file.
    public var taxonomyHash: String
    /// SHA-256 of the classifier settings and corpus statistics together.
    public var configHash: String
    private let built: BuiltOnce<Classifier>

    public var classifier: Classifier { built.value }

    public init(
        taxonomy: Taxonomy, configuration: ClassifierConfiguration, statistics: CorpusStatistics,
        taxonomyHash: String, configHash: String
    ) {
        self.taxonomy = taxonomy
        self.taxonomyHash = taxonomyHash
        self.configHash = configHash
        built = BuiltOnce { Classifier(taxonomy: taxonomy, configuration: configuration, statistics: statistics) }
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
            taxonomy: loadedTaxonomy, configuration: loadedConfiguration, statistics: loadedStatistics,
            taxonomyHash: SHA256.hex(of: try Data(contentsOf: URL(fileURLWithPath: taxonomy))),
            configHash: settings.finalizeHex())
    }

    public var taxonomyVersion: String { taxonomy.version }

    /// The taxonomy and settings hashes together: labels made with the same fingerprint are the same.
    public var fingerprint: String { taxonomyHash + "+" + configHash }

    /// The taxonomy as the store keeps it: topics and subtopics in file order, parents first.
    var categories: [CategoryRecord] {
        taxonomy.nodes.map { node in
            CategoryRecord(
                id: node.id, parentID: node.parent, label: node.label, labels: node.labels,
                definition: node.definition["en"], studyGroups: node.studyGroups, buildingBlocks: node.govstack)
        }
    }

    var buildingBlocks: [BuildingBlockRecord] {
        taxonomy.buildingBlocks.map {
            BuildingBlockRecord(id: $0.id, name: $0.name, status: $0.details["status"])
        }
    }

    /// Whether a stored document was classified with this taxonomy and these settings.
    func made(_ stored: StoredProvenance) -> Bool {
        stored.taxonomyHash == taxonomyHash && stored.configHash == configHash
    }

    /// Labels for a document and its passages, and each passage's kind, from what the store keeps of
    /// it: the text, the recognised title (as stored) and front-page fields, and the passages. A fresh
    /// document and a stored one re-classified later get the same labels.
    func classify(
        text: String, title: String?, fields: [String: String], passages: [Passage]
    ) -> (labels: [Label], passages: [Passage]) {
        let front = FrontMatter(text: text)
        let classification = classifier.classify(
            title: title ?? front.title, keywords: fields["Keywords"] ?? front.keywords,
            abstract: fields["Abstract"] ?? front.abstract, passages: passages)
        var typed = passages
        var labels = classification.labels
        for result in classification.passages where typed.indices.contains(result.ordinal) {
            typed[result.ordinal].kind = result.kind
            labels += result.labels
        }
        return (labels, typed)
    }
}

/// A value made by its closure the first time it is asked for, then kept; safe across threads.
final class BuiltOnce<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let made = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
