import AtlasCore
import AtlasStore

/// What the handlers read: the store (with its time limit) and the taxonomy, read once at start.
struct Site: Sendable {
    let store: WebStore
    let categories: [CategoryRecord]
    let categoryLabels: [String: String]

    init(store: AtlasStore, timeLimit: Duration) throws {
        self.store = WebStore(store: store, timeLimit: timeLimit)
        categories = try store.categories()
        categoryLabels = Dictionary(categories.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    func search(_ parameters: SearchParameters) async throws -> SearchResults {
        let labels = categoryLabels
        return try await store.read { store in
            let matches = try parameters.q.isEmpty ? [] : store.search(parameters.searchQuery)
            return SearchResults(query: parameters, matches: matches, categoryLabels: labels)
        }
    }

    /// By id (or identifier, as `dpiatlas show` takes it); `nil` when nothing matches.
    func document(_ name: String) async throws -> DocumentView {
        guard Self.isDocumentName(name) else {
            throw WebError.notFound("no document matches \(QueryParameters.printable(name))")
        }
        let view = try await store.read { store -> DocumentView? in
            guard let found = try store.document(matching: name), let details = try store.details(of: found.id) else {
                return nil
            }
            return DocumentView(details: details, passages: try store.passages(ofDocument: found.id))
        }
        guard let view else { throw WebError.notFound("no document matches \(QueryParameters.printable(name))") }
        return view
    }

    /// A document id or an identifier such as `X.1281`, `X.1281 Amd 1` or `T25-SG17-C-0123`: no LIKE
    /// wildcards, no path syntax, nothing longer than 100 characters.
    static func isDocumentName(_ name: String) -> Bool {
        name.wholeMatch(of: /[A-Za-z0-9][A-Za-z0-9 .\/()+-]{0,99}/) != nil && !name.contains("..")
    }

    func topics() async throws -> [TopicSummary] {
        try await store.read { store in try store.gapReport().topics.map(TopicSummary.init) }
    }

    func topic(_ id: String) async throws -> TopicView {
        guard let topic = categories.first(where: { $0.id == id }) else {
            throw WebError.notFound("no topic \(QueryParameters.printable(id)) in the taxonomy (see /topics)")
        }
        let parent = topic.parentID.flatMap { id in categoryLabels[id].map { TopicView.Reference(id: id, label: $0) } }
        let subtopics = categories.filter { $0.parentID == id }.map { TopicView.Reference(id: $0.id, label: $0.label) }
        return try await store.read { store in
            let report = try store.gapReport()
            let row = (report.topics + report.topics.flatMap(\.subtopics)).first { $0.id == id }
            let entries = try store.repositoryEntries(inCategory: id)
            func items(_ type: String) -> [RepositoryEntry] {
                Array(entries.filter { $0.type == type }.prefix(TopicView.maximumItems))
            }
            let requirements = items("requirement")
            let useCases = items("use-case")
            let issues = items("gap")
            let sources = Set((requirements + useCases + issues).map(\.documentID))
            return TopicView(
                topic: topic, parent: parent, subtopics: subtopics, recommendations: row?.recommendations ?? 0,
                workInProgress: row?.workInProgress ?? 0, informative: row?.informative ?? 0,
                documentCount: row?.documents ?? 0,
                gapStudyGroups: row?.cells.filter(\.gap).map(\.studyGroup) ?? [],
                documents: Array(try store.documentSummaries(inCategory: id).prefix(TopicView.maximumItems)),
                requirements: requirements, useCases: useCases, issues: issues,
                sources: try store.documentSummaries(ids: Array(sources)))
        }
    }

    func gap() async throws -> GapReport {
        try await store.read { store in try store.gapReport() }
    }

    func gapCell(topic id: String, studyGroup: String) async throws -> GapCellView {
        guard let label = categoryLabels[id] else {
            throw WebError.notFound("no topic \(QueryParameters.printable(id)) in the taxonomy (see /gap)")
        }
        guard let group = SearchQuery.studyGroup(studyGroup) else {
            throw WebError.notFound("no study group \(QueryParameters.printable(studyGroup)) in the gap matrix")
        }
        let view = try await store.read { store -> GapCellView? in
            let report = try store.gapReport()
            guard let column = report.studyGroups.firstIndex(of: group),
                let row = (report.topics + report.topics.flatMap(\.subtopics)).first(where: { $0.id == id })
            else { return nil }
            let cell = row.cells[column]
            return GapCellView(
                topic: .init(id: id, label: label), studyGroup: group, cell: cell,
                documents: try store.documentSummaries(ids: cell.documentIDs))
        }
        guard let view else { throw WebError.notFound("no column \(group) in the gap matrix") }
        return view
    }
}
