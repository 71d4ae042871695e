/// The DPI taxonomy of `pipeline/taxonomy.yaml`: fifteen fixed topics, each with its subtopics.
///
/// A value: load it with `TaxonomyLoader`, check it with `TaxonomyChecker`, hand it to a `Classifier`.
public struct Taxonomy: Sendable, Hashable {
    /// The fifteen top-level ids. They are fixed: reports, the gap matrix and the store refer to them.
    public static let topLevelIDs: [String] = [
        "identity", "trust-services", "payments", "data-exchange", "registries", "privacy", "security",
        "services", "cloud-hosting", "connectivity", "inclusion", "governance", "sustainability",
        "sector-applications", "emerging-tech",
    ]

    public var version: String
    /// The languages the taxonomy gives labels and keywords in (ISO 639-1), English first.
    public var languages: [String]
    /// Acronyms matched case-sensitively wherever they occur (`ID` never fires on "id").
    public var acronyms: [String]
    public var topics: [TaxonomyNode]
    public var buildingBlocks: [BuildingBlock]
    /// The file it was read from, for messages.
    public var file: String

    public init(
        version: String = "1", languages: [String] = ["en"], acronyms: [String] = [], topics: [TaxonomyNode],
        buildingBlocks: [BuildingBlock] = [], file: String = "taxonomy"
    ) {
        self.version = version
        self.languages = languages
        self.acronyms = acronyms
        self.topics = topics
        self.buildingBlocks = buildingBlocks
        self.file = file
    }

    /// Every node, each topic followed by its subtopics, in file order.
    public var nodes: [TaxonomyNode] {
        topics.flatMap { [$0] + $0.subtopics }
    }

    public func node(_ id: String) -> TaxonomyNode? {
        for topic in topics {
            if topic.id == id { return topic }
            if let sub = topic.subtopics.first(where: { $0.id == id }) { return sub }
        }
        return nil
    }

    /// The topic a subtopic belongs to; `nil` for a topic or an unknown id.
    public func parent(of id: String) -> String? {
        topics.first { topic in topic.subtopics.contains { $0.id == id } }?.id
    }

    /// Every acronym of the taxonomy: the global list and each node's own.
    public var allAcronyms: Set<String> {
        Set(acronyms).union(nodes.flatMap(\.acronyms))
    }
}

/// A topic or a subtopic.
public struct TaxonomyNode: Sendable, Hashable {
    public var id: String
    /// The topic's id for a subtopic; `nil` for a topic.
    public var parent: String?
    /// Labels by language (`en`, `zh`, `fr`, …).
    public var labels: [String: String]
    /// Definitions by language; English at least.
    public var definition: [String: String]
    /// Keywords and phrases, each with its language and line.
    public var keywords: [Term]
    /// This node's case-sensitive acronyms, besides the taxonomy's list.
    public var acronyms: [String]
    /// Phrases that, where they stand, keep this node's keywords from counting (`pet animals` for biometrics).
    public var exclusions: [Term]
    /// Keywords this node shares on purpose with another node (the checker accepts them in both).
    public var shared: [Term]
    /// Study groups expected to work on it (`SG17`, `TSAG`).
    public var studyGroups: [String]
    public var questions: [String]
    /// GovStack building-block ids.
    public var govstack: [String]
    public var subtopics: [TaxonomyNode]
    /// The line of the node's `id` in the file (1-based), for messages.
    public var line: Int

    public init(
        id: String, parent: String? = nil, labels: [String: String] = [:], definition: [String: String] = [:],
        keywords: [Term] = [], acronyms: [String] = [], exclusions: [Term] = [], shared: [Term] = [],
        studyGroups: [String] = [], questions: [String] = [], govstack: [String] = [],
        subtopics: [TaxonomyNode] = [], line: Int = 0
    ) {
        self.id = id
        self.parent = parent
        self.labels = labels
        self.definition = definition
        self.keywords = keywords
        self.acronyms = acronyms
        self.exclusions = exclusions
        self.shared = shared
        self.studyGroups = studyGroups
        self.questions = questions
        self.govstack = govstack
        self.subtopics = subtopics
        self.line = line
    }

    public var isTopic: Bool { parent == nil }

    /// The English label, or the id when there is none.
    public var label: String { labels["en"] ?? labels.values.sorted().first ?? id }

    /// A keyword, exclusion or shared phrase: its text, language and line.
    public struct Term: Sendable, Hashable {
        public var text: String
        public var language: String
        public var line: Int

        public init(_ text: String, language: String = "en", line: Int = 0) {
            self.text = text
            self.language = language
            self.line = line
        }
    }
}

/// A GovStack building block the taxonomy maps nodes to.
public struct BuildingBlock: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Other fields as written (`status`, `repo`, …).
    public var details: [String: String]
    public var line: Int

    public init(id: String, name: String, details: [String: String] = [:], line: Int = 0) {
        self.id = id
        self.name = name
        self.details = details
        self.line = line
    }
}
