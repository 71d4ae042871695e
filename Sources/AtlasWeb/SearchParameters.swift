import AtlasCore
import AtlasStore

/// What a search page or `/api/search` was asked for, checked: the filters of `dpiatlas query`, a
/// bounded page (`limit` ≤ 100, `offset + limit` ≤ 1000) and a bounded query (200 characters, 20 words).
struct SearchParameters: Sendable, Hashable, Codable {
    static let names = [
        "q", "category", "sg", "question", "kind", "lang", "since", "until", "type", "passages", "limit", "offset",
    ]
    static let maximumLimit = 100
    /// Matches counted (for the facets and the total) and paged through.
    static let maximumMatches = 1000
    static let maximumQueryLength = 200
    static let maximumWords = 20

    var q = ""
    var category: String?
    var sg: String?
    var question: String?
    var kind: String?
    var lang: String?
    var since: String?
    var until: String?
    var type: String?
    var passages = false
    var limit = 20
    var offset = 0

    init() {}

    init(_ parameters: QueryParameters, categories: Set<String>) throws(WebError) {
        q = parameters["q"] ?? ""
        guard q.count <= Self.maximumQueryLength else {
            throw .badParameter("q is longer than \(Self.maximumQueryLength) characters")
        }
        guard q.split(whereSeparator: \.isWhitespace).count <= Self.maximumWords else {
            throw .badParameter("q has more than \(Self.maximumWords) words")
        }
        guard !q.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .badParameter("q contains control characters")
        }
        if let value = parameters["category"] {
            guard categories.contains(value) else {
                throw .badParameter("category takes a taxonomy id such as identity (see /api/topics)")
            }
            category = value
        }
        if let value = parameters["sg"] {
            guard let group = SearchQuery.studyGroup(value) else {
                throw .badParameter("sg takes a study group such as 17, SG17 or TSAG")
            }
            sg = group
        }
        if let value = parameters["question"] {
            guard let normalized = SearchQuery.question(value) else {
                throw .badParameter("question takes a Question such as Q10/17")
            }
            question = normalized
        }
        if let value = parameters["kind"] {
            guard DocumentIdentity.Kind(rawValue: value) != nil else {
                let kinds = DocumentIdentity.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .badParameter("kind takes one of \(kinds)")
            }
            kind = value
        }
        if let value = parameters["lang"] {
            guard value.wholeMatch(of: /[a-z]{2,3}/) != nil else {
                throw .badParameter("lang takes a language code such as en, fr or zh")
            }
            lang = value
        }
        for name in ["since", "until"] {
            guard let value = parameters[name] else { continue }
            guard SearchQuery.isDate(value) else { throw .badParameter("\(name) takes YYYY, YYYY-MM or YYYY-MM-DD") }
            if name == "since" { since = value } else { until = value }
        }
        if let value = parameters["type"] {
            guard Passage.Kind(rawValue: value) != nil else {
                throw .badParameter("type takes requirement, use-case, gap or other")
            }
            type = value
        }
        passages = try parameters.flag("passages")
        limit = try parameters.integer("limit", default: 20, in: 1...Self.maximumLimit)
        offset = try parameters.integer("offset", default: 0, in: 0...(Self.maximumMatches - 1))
        guard offset + limit <= Self.maximumMatches else {
            throw .badParameter("offset + limit may not pass \(Self.maximumMatches)")
        }
    }

    /// The store's query: every match up to the bound, so facets and totals count them all.
    var searchQuery: SearchQuery {
        var query = SearchQuery(text: q)
        query.category = category
        query.studyGroup = sg
        query.question = question
        query.kind = kind
        query.language = lang
        query.since = since
        query.until = until
        query.passageKind = type
        query.passages = passages
        query.limit = Self.maximumMatches
        return query
    }

    /// The filters that are set, as name–value pairs (for links and the page's own form).
    var filters: [(String, String)] {
        [
            ("category", category), ("sg", sg), ("question", question), ("kind", kind), ("lang", lang),
            ("since", since), ("until", until), ("type", type),
        ].compactMap { name, value in value.map { (name, $0) } }
    }

    /// The address of this search with some changes: `nil` removes a filter. Paging restarts unless given.
    func link(_ changes: [String: String?] = [:], offset newOffset: Int = 0) -> String {
        var pairs: [(String, String)] = q.isEmpty ? [] : [("q", q)]
        for (name, value) in filters where changes[name] == nil { pairs.append((name, value)) }
        for name in Self.names {
            if let change = changes[name], let value = change { pairs.append((name, value)) }
        }
        if passages { pairs.append(("passages", "1")) }
        if limit != 20 { pairs.append(("limit", String(limit))) }
        if newOffset > 0 { pairs.append(("offset", String(newOffset))) }
        return "/search" + QueryString.encode(pairs)
    }
}
