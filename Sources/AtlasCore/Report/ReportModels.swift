/// The gap analysis of Resolution 103: DPI topics against ITU-T study groups.
public struct GapReport: Sendable, Hashable, Codable {
    /// The matrix columns: current study groups with documents or expected by the taxonomy.
    public var studyGroups: [String]
    /// One row per top-level topic, each with its subtopics.
    public var topics: [GapRow]
    /// Documents the report links to, by id.
    public var documents: [DocumentSummary]

    public init(studyGroups: [String], topics: [GapRow], documents: [DocumentSummary]) {
        self.studyGroups = studyGroups
        self.topics = topics
        self.documents = documents
    }
}

public struct GapRow: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    /// One per column of `GapReport.studyGroups`, in order.
    public var cells: [GapCell]
    public var recommendations: Int
    public var workInProgress: Int
    public var informative: Int
    public var documents: Int
    public var newestDate: String?
    /// Covered, but only by informative texts (Supplements).
    public var onlyInformative: Bool { informative > 0 && recommendations == 0 && workInProgress == 0 }
    /// Standardization issues and gaps stated in passages filed under this row.
    public var issues: [RepositoryEntry]
    public var subtopics: [GapRow]

    public init(
        id: String, label: String, cells: [GapCell], recommendations: Int, workInProgress: Int, informative: Int,
        documents: Int, newestDate: String?, issues: [RepositoryEntry] = [], subtopics: [GapRow] = []
    ) {
        self.id = id
        self.label = label
        self.cells = cells
        self.recommendations = recommendations
        self.workInProgress = workInProgress
        self.informative = informative
        self.documents = documents
        self.newestDate = newestDate
        self.issues = issues
        self.subtopics = subtopics
    }
}

public struct GapCell: Sendable, Hashable, Codable {
    public var studyGroup: String
    public var recommendations: Int
    public var workInProgress: Int
    public var informative: Int
    public var documents: Int
    public var newestDate: String?
    /// The taxonomy expects this study group to work on the topic.
    public var expected: Bool
    /// Expected, and no document at all.
    public var gap: Bool
    /// The documents behind the counts.
    public var documentIDs: [String]

    public init(
        studyGroup: String, recommendations: Int, workInProgress: Int, informative: Int, documents: Int,
        newestDate: String?, expected: Bool, gap: Bool, documentIDs: [String] = []
    ) {
        self.studyGroup = studyGroup
        self.recommendations = recommendations
        self.workInProgress = workInProgress
        self.informative = informative
        self.documents = documents
        self.newestDate = newestDate
        self.expected = expected
        self.gap = gap
        self.documentIDs = documentIDs
    }
}

/// A requirement, use case or standardization issue, with where it comes from.
public struct RepositoryEntry: Sendable, Hashable, Codable {
    public var category: String
    /// `passage` when the passage itself carries the label, `document` when filed by its document's labels.
    public var filedBy: String
    /// `requirement`, `use-case` or `gap`.
    public var type: String
    public var passageID: String
    public var documentID: String
    public var section: String?
    public var heading: String?
    public var page: Int?
    public var text: String
    public var studyGroups: [String]

    public init(
        category: String, filedBy: String, type: String, passageID: String, documentID: String, section: String?,
        heading: String?, page: Int?, text: String, studyGroups: [String]
    ) {
        self.category = category
        self.filedBy = filedBy
        self.type = type
        self.passageID = passageID
        self.documentID = documentID
        self.section = section
        self.heading = heading
        self.page = page
        self.text = text
        self.studyGroups = studyGroups
    }
}

/// The repository Resolution 103 asks for, grouped by topic and subtopic.
public struct RepositoryReport: Sendable, Hashable, Codable {
    public struct Topic: Sendable, Hashable, Codable {
        public var id: String
        public var label: String
        public var entries: [RepositoryEntry]
        public var subtopics: [Topic]

        public init(id: String, label: String, entries: [RepositoryEntry], subtopics: [Topic] = []) {
            self.id = id
            self.label = label
            self.entries = entries
            self.subtopics = subtopics
        }
    }

    public var topics: [Topic]
    public var documents: [DocumentSummary]

    public init(topics: [Topic], documents: [DocumentSummary]) {
        self.topics = topics
        self.documents = documents
    }
}

/// For each GovStack building block, the ITU-T texts that address it.
public struct CoverageReport: Sendable, Hashable, Codable {
    public struct Block: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var documentIDs: [String]
        /// The categories through which each document addresses the block.
        public var via: [String: [String]]

        public init(id: String, name: String, documentIDs: [String], via: [String: [String]]) {
            self.id = id
            self.name = name
            self.documentIDs = documentIDs
            self.via = via
        }
    }

    public var blocks: [Block]
    public var documents: [DocumentSummary]

    public init(blocks: [Block], documents: [DocumentSummary]) {
        self.blocks = blocks
        self.documents = documents
    }
}

/// What a report says about a document it links to.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var kind: String
    public var identifier: String?
    public var edition: String?
    public var part: String?
    public var status: String?
    public var title: String?
    public var date: String?
    public var language: String?
    public var path: String
    public var studyGroups: [String]

    public init(
        id: String, kind: String, identifier: String?, edition: String?, part: String?, status: String?,
        title: String?, date: String?, language: String?, path: String, studyGroups: [String]
    ) {
        self.id = id
        self.kind = kind
        self.identifier = identifier
        self.edition = edition
        self.part = part
        self.status = status
        self.title = title
        self.date = date
        self.language = language
        self.path = path
        self.studyGroups = studyGroups
    }

    /// `X.1281 Amd 1 (11/2025)`, or the id when the document has no identifier.
    public var name: String {
        guard let identifier else { return id }
        return [identifier, part, edition.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }
}
