import AtlasCore
import AtlasStore

/// One page of search results with the facets of all matches (up to `SearchParameters.maximumMatches`).
struct SearchResults: Sendable, Codable {
    struct Facet: Sendable, Hashable, Codable {
        var value: String
        /// A readable name where the value is an id (topics).
        var label: String?
        var count: Int
    }

    struct Facets: Sendable, Hashable, Codable {
        var topic: [Facet] = []
        var studyGroup: [Facet] = []
        var kind: [Facet] = []
        var language: [Facet] = []
        var year: [Facet] = []
    }

    var query: SearchParameters
    /// Matches found (documents, or passages with `passages`), at most `SearchParameters.maximumMatches`.
    var total: Int
    /// `false` when there were more matches than were counted.
    var complete: Bool
    var hits: [SearchHit]
    var facets: Facets

    init(query: SearchParameters, matches: [SearchHit], categoryLabels: [String: String]) {
        self.query = query
        total = matches.count
        complete = matches.count < SearchParameters.maximumMatches
        hits = Array(matches.dropFirst(query.offset).prefix(query.limit))
        facets = Self.facets(matches, categoryLabels: categoryLabels)
    }

    /// Counts of the matches by topic (each label), study group, kind, language and year; most first.
    static func facets(_ matches: [SearchHit], categoryLabels: [String: String]) -> Facets {
        func count(_ values: (SearchHit) -> [String], label: (String) -> String? = { _ in nil }) -> [Facet] {
            var counts: [String: Int] = [:]
            for hit in matches {
                for value in Set(values(hit)) { counts[value, default: 0] += 1 }
            }
            return counts.map { Facet(value: $0.key, label: label($0.key), count: $0.value) }.sorted {
                $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value
            }
        }
        var facets = Facets()
        facets.topic = count(\.labels, label: { categoryLabels[$0] })
        facets.studyGroup = count(\.studyGroups)
        facets.kind = count { [$0.kind] }
        facets.language = count { $0.language.map { [$0] } ?? [] }
        facets.year = count { hit in hit.date.map { [String($0.prefix(4))] } ?? [] }
        facets.year.sort { $0.value > $1.value }
        return facets
    }
}
