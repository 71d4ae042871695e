import Foundation

/// Finds the taxonomy's keywords and phrases in text and scores each node by them.
///
/// - A keyword matches a run of tokens with the same keys (`Tokenizer`): normalised, case folded except
///   acronyms; a joined token also matches by its parts (`mobile-money` = "mobile money"). A node's
///   acronyms match as whole words with their case.
/// - Within a node, a match inside a longer match of the same node does not count again
///   ("identity" inside "identity provider").
/// - An exclusion of a node, where it occurs, keeps that node's keywords in the same passage (or front-page
///   field) from counting; a topic's exclusion covers its subtopics.
/// - Score: per keyword and field, BM25 saturation `c (k1 + 1) / (c + K)`, so one repeated word cannot
///   dominate; times the field weight (title, keywords and abstract above body) and the keyword weight
///   (phrases above single words, single words by their IDF); summed, then `raw / (raw + scale)`.
///   A topic counts its own keywords and its subtopics'.
public struct KeywordScorer: Sendable {
    /// A distinct phrase (by keys), with the nodes that list it as keyword or as exclusion.
    struct Phrase: Sendable {
        var keys: [String]
        /// The keyword as the taxonomy writes it (the first spelling met).
        var text: String
        var nodes: [Int] = []
        var excludes: [Int] = []
        var weight = 1.0
        /// Only ever given as an acronym, never as a keyword.
        var isAcronym = false
    }

    /// One occurrence of a phrase in a unit of text, offsets in code points.
    public struct Match: Sendable, Hashable {
        var phrase: Int
        public var start: Int
        public var end: Int
    }

    /// A field or passage and what matched in it.
    struct Unit: Sendable {
        var field: ClassifierConfiguration.Field
        var passage: Int?
        var matches: [Match]
        /// Less than 1 in clauses that list other documents' words (references, abbreviations).
        var weight = 1.0
    }

    /// A node's keyword score and the occurrences behind it.
    struct NodeScore: Sendable {
        var raw = 0.0
        var score = 0.0
        /// (unit index, match) pairs that counted.
        var hits: [(unit: Int, match: Match)] = []
    }

    let nodeIDs: [String]
    let parents: [Int?]
    var phrases: [Phrase]
    let byFirstKey: [String: [Int]]
    /// For each phrase, the nodes whose score it feeds: its own nodes and their topics.
    let targets: [[Int]]
    /// For each node, the node itself and (for a topic) its subtopics: whose exclusions apply to it.
    let family: [[Int]]
    let tokenizer: Tokenizer

    public init(taxonomy: Taxonomy, tokenizer: Tokenizer) {
        let nodes = taxonomy.nodes
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        nodeIDs = nodes.map(\.id)
        parents = nodes.map { $0.parent.flatMap { index[$0] } }
        self.tokenizer = tokenizer
        var phrases: [Phrase] = []
        var phraseIndex: [[String]: Int] = [:]
        func phrase(_ text: String) -> Int? {
            let keys = tokenizer.keys(text)
            guard !keys.isEmpty else { return nil }
            if let found = phraseIndex[keys] { return found }
            phrases.append(Phrase(keys: keys, text: text))
            phraseIndex[keys] = phrases.count - 1
            return phrases.count - 1
        }
        for (nodeIndex, node) in nodes.enumerated() {
            // A node's acronyms are evidence like its keywords (matched with their case: see `Tokenizer`).
            for keyword in node.keywords {
                guard let found = phrase(keyword.text) else { continue }
                phrases[found].isAcronym = false
                if !phrases[found].nodes.contains(nodeIndex) { phrases[found].nodes.append(nodeIndex) }
            }
            for acronym in node.acronyms {
                guard let found = phrase(acronym) else { continue }
                if phrases[found].nodes.isEmpty && phrases[found].excludes.isEmpty { phrases[found].isAcronym = true }
                if !phrases[found].nodes.contains(nodeIndex) { phrases[found].nodes.append(nodeIndex) }
            }
            for exclusion in node.exclusions {
                if let found = phrase(exclusion.text), !phrases[found].excludes.contains(nodeIndex) {
                    phrases[found].excludes.append(nodeIndex)
                }
            }
        }
        var byFirstKey: [String: [Int]] = [:]
        for (position, phrase) in phrases.enumerated() { byFirstKey[phrase.keys[0], default: []].append(position) }
        self.byFirstKey = byFirstKey.mapValues { list in
            list.sorted { (phrases[$0].keys.count, $1) > (phrases[$1].keys.count, $0) }
        }
        let parents = self.parents
        targets = phrases.map { phrase in
            var result: [Int] = []
            for node in phrase.nodes {
                if !result.contains(node) { result.append(node) }
                if let parent = parents[node], !result.contains(parent) { result.append(parent) }
            }
            return result
        }
        family = nodes.indices.map { node in
            [node] + parents.indices.filter { parents[$0] == node }
        }
        self.phrases = phrases
    }

    /// Sets each keyword's weight: by its length, and a single word by how rare it is in the corpus.
    mutating func weigh(statistics: CorpusStatistics, configuration: ClassifierConfiguration) {
        let judged = statistics.documentCount >= 10
        for index in phrases.indices {
            let length = Double(phrases[index].keys.count)
            var weight = min(configuration.maximumPhraseWeight, 1 + configuration.phraseBonus * (length - 1))
            if length == 1, judged {
                // Full weight from one document in ten down; the floor for a word every document holds.
                let idf = statistics.idf(phrases[index].keys[0])
                let rarity = min(1, max(0, (idf - 1) / log(10)))
                weight *= configuration.commonWordWeight + (1 - configuration.commonWordWeight) * rarity
            }
            if phrases[index].isAcronym { weight *= configuration.acronymWeight }
            phrases[index].weight = weight
        }
    }

    /// Every keyword and exclusion occurrence in a run of tokens.
    public func matches(in tokens: [Token]) -> [Match] {
        var found = match(tokens)
        if tokens.contains(where: \.isCompound) {
            let expanded = tokens.flatMap { $0.isCompound ? tokenizer.parts(of: $0) : [$0] }
            var seen = Set(found)
            for match in match(expanded) where seen.insert(match).inserted { found.append(match) }
        }
        return found
    }

    private func match(_ tokens: [Token]) -> [Match] {
        var found: [Match] = []
        for position in tokens.indices {
            guard let candidates = byFirstKey[tokens[position].key] else { continue }
            for candidate in candidates {
                let keys = phrases[candidate].keys
                guard position + keys.count <= tokens.count else { continue }
                var equal = true
                for offset in 1..<max(1, keys.count) where tokens[position + offset].key != keys[offset] {
                    equal = false
                    break
                }
                if equal {
                    found.append(
                        Match(
                            phrase: candidate, start: tokens[position].start,
                            end: tokens[position + keys.count - 1].end))
                }
            }
        }
        return found
    }

    /// Scores every node over the given units. `lengthRatio` is the body's length over the corpus average
    /// (1 when unknown).
    func score(
        _ units: [Unit], lengthRatio: Double, configuration: ClassifierConfiguration
    ) -> [NodeScore] {
        var scores = [NodeScore](repeating: NodeScore(), count: nodeIDs.count)
        for (unitIndex, unit) in units.enumerated() where !unit.matches.isEmpty {
            var excluded: Set<Int> = []
            for match in unit.matches {
                for node in phrases[match.phrase].excludes { excluded.formUnion(family[node]) }
            }
            var perNode: [Int: [Match]] = [:]
            for match in unit.matches where !phrases[match.phrase].nodes.isEmpty {
                for node in targets[match.phrase] {
                    // Excluded here: the node itself, or every node of its family that lists the phrase.
                    if excluded.contains(node) { continue }
                    if !excluded.isEmpty,
                        phrases[match.phrase].nodes.filter({ family[node].contains($0) }).allSatisfy(excluded.contains)
                    {
                        continue
                    }
                    perNode[node, default: []].append(match)
                }
            }
            for node in perNode.keys.sorted() {
                let matches = perNode[node]!
                for match in matches {
                    let inside = matches.contains { other in
                        other != match && other.start <= match.start && other.end >= match.end
                            && (other.end - other.start) > (match.end - match.start)
                    }
                    if !inside { scores[node].hits.append((unitIndex, match)) }
                }
            }
        }
        let k1 = configuration.saturation
        let bodyK = k1 * (1 - configuration.lengthNormalization + configuration.lengthNormalization * lengthRatio)
        for node in scores.indices where !scores[node].hits.isEmpty {
            var counts: [ClassifierConfiguration.Field: [Int: Double]] = [:]
            for hit in scores[node].hits {
                counts[units[hit.unit].field, default: [:]][hit.match.phrase, default: 0] += units[hit.unit].weight
            }
            var raw = 0.0
            for field in ClassifierConfiguration.Field.allCases {
                guard let byPhrase = counts[field] else { continue }
                let k = field == .body ? bodyK : k1
                for phrase in byPhrase.keys.sorted() {
                    let count = byPhrase[phrase]!
                    raw += configuration.weight(field) * phrases[phrase].weight * count * (k1 + 1) / (count + k)
                }
            }
            scores[node].raw = raw
            scores[node].score = raw / (raw + configuration.keywordScale)
        }
        return scores
    }

    /// The evidence of a node's score: each keyword's first occurrences, title and front page first.
    func evidence(
        for score: NodeScore, units: [Unit], configuration: ClassifierConfiguration
    ) -> [Evidence] {
        let order = ClassifierConfiguration.Field.allCases
        let hits = score.hits.sorted { left, right in
            let a = units[left.unit]
            let b = units[right.unit]
            let fieldA = order.firstIndex(of: a.field)!
            let fieldB = order.firstIndex(of: b.field)!
            return (fieldA, a.passage ?? -1, left.match.start, left.match.phrase)
                < (fieldB, b.passage ?? -1, right.match.start, right.match.phrase)
        }
        var perTerm: [Int: Int] = [:]
        var result: [Evidence] = []
        for hit in hits {
            let count = perTerm[hit.match.phrase, default: 0]
            guard count < configuration.evidencePerTerm else { continue }
            perTerm[hit.match.phrase] = count + 1
            let unit = units[hit.unit]
            result.append(
                Evidence(
                    term: phrases[hit.match.phrase].text, field: unit.field.rawValue, passage: unit.passage,
                    start: hit.match.start, end: hit.match.end,
                    weight: configuration.weight(unit.field) * unit.weight * phrases[hit.match.phrase].weight))
        }
        return Array(
            result.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }
                .prefix(configuration.evidencePerLabel).map(\.element))
    }
}
