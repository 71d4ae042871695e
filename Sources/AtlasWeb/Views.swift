import AtlasCore
import AtlasStore

/// A document page: the stored details and the passages holding the evidence of its labels.
struct DocumentView: Sendable, Codable {
    /// A passage with the spans (code-point offsets) that a label's evidence points at.
    struct EvidencePassage: Sendable, Codable {
        struct Mark: Sendable, Hashable, Codable {
            var start: Int
            var end: Int
            var category: String
            var term: String
        }

        var ordinal: Int
        var section: String?
        var heading: String?
        var page: Int?
        var kind: String
        var text: String
        var marks: [Mark]
    }

    static let maximumEvidencePassages = 100

    var details: DocumentDetails
    /// In document order, at most `maximumEvidencePassages`.
    var evidencePassages: [EvidencePassage]

    init(details: DocumentDetails, passages: [Passage]) {
        self.details = details
        var marks: [Int: [EvidencePassage.Mark]] = [:]
        for label in details.labels {
            for evidence in label.evidence {
                guard let ordinal = evidence.passage, let start = evidence.start, let end = evidence.end,
                    start >= 0, start < end
                else { continue }
                marks[ordinal, default: []].append(
                    .init(start: start, end: end, category: label.category, term: evidence.term))
            }
        }
        evidencePassages = passages.filter { marks[$0.ordinal] != nil }.prefix(Self.maximumEvidencePassages).map {
            passage in
            EvidencePassage(
                ordinal: passage.ordinal, section: passage.section, heading: passage.heading, page: passage.page,
                kind: passage.kind.rawValue, text: passage.text,
                marks: Array(Set(marks[passage.ordinal] ?? [])).sorted {
                    ($0.start, $0.end, $0.category) < ($1.start, $1.end, $1.category)
                })
        }
    }
}

/// A topic or subtopic: what the taxonomy says, its coverage, its documents and its repository items.
struct TopicView: Sendable, Codable {
    struct Reference: Sendable, Hashable, Codable {
        var id: String
        var label: String
    }

    static let maximumItems = 200

    var topic: CategoryRecord
    var parent: Reference?
    var subtopics: [Reference]
    /// Counts over all study groups, from the gap matrix.
    var recommendations: Int
    var workInProgress: Int
    var informative: Int
    var documentCount: Int
    /// Study groups the taxonomy expects on this topic that have no document on it.
    var gapStudyGroups: [String]
    var documents: [DocumentSummary]
    var requirements: [RepositoryEntry]
    var useCases: [RepositoryEntry]
    /// Standardization issues (passages of type `gap`).
    var issues: [RepositoryEntry]
    /// The documents the requirements, use cases and issues come from.
    var sources: [DocumentSummary]
}

/// A topic in the list of topics, with its subtopics.
struct TopicSummary: Sendable, Codable {
    var id: String
    var label: String
    var documents: Int
    var recommendations: Int
    var workInProgress: Int
    var informative: Int
    var subtopics: [TopicSummary]

    init(_ row: GapRow) {
        id = row.id
        label = row.label
        documents = row.documents
        recommendations = row.recommendations
        workInProgress = row.workInProgress
        informative = row.informative
        subtopics = row.subtopics.map(TopicSummary.init)
    }
}

/// One cell of the gap matrix and the documents behind it.
struct GapCellView: Sendable, Codable {
    var topic: TopicView.Reference
    var studyGroup: String
    var cell: GapCell
    var documents: [DocumentSummary]
}
