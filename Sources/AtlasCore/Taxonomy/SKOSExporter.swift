/// Writes a taxonomy as SKOS in Turtle, for SKOS tools such as Annif (subject vocabularies) and Skosmos.
///
/// The scheme has the fifteen topics as top concepts and the subtopics as their narrower concepts. Each
/// concept has its id as `skos:notation`, its labels as `skos:prefLabel`, its definitions, its keywords
/// as `skos:altLabel`, its acronyms as `skos:hiddenLabel` (which search tools match but do not show), and the
/// study groups, Questions and GovStack building blocks as `skos:note`. The output is sorted and stable.
public struct SKOSExporter: Sendable {
    /// `.invalid` is reserved: nothing resolves there. Give a real namespace with `--base-uri`.
    public static let defaultBaseURI = "http://dpiatlas.invalid/taxonomy/"

    public var baseURI: String

    public init(baseURI: String = Self.defaultBaseURI) {
        self.baseURI = baseURI
    }

    public func turtle(_ taxonomy: Taxonomy) -> String {
        var out = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .

            <\(baseURI)> a skos:ConceptScheme ;
                skos:prefLabel "DPI Atlas taxonomy of digital public infrastructure"@en ;
                dct:hasVersion \(literal(taxonomy.version)) ;
                owl:versionInfo \(literal(taxonomy.version)) ;
                skos:hasTopConcept \(taxonomy.topics.map { iri($0.id) }.joined(separator: ", ")) .

            """
        let acronyms = taxonomy.allAcronyms
        for node in taxonomy.nodes {
            var statements: [String] = ["a skos:Concept", "skos:inScheme <\(baseURI)>"]
            if let parent = node.parent {
                statements.append("skos:broader \(iri(parent))")
            } else {
                statements.append("skos:topConceptOf <\(baseURI)>")
            }
            if !node.subtopics.isEmpty {
                statements.append("skos:narrower " + node.subtopics.map { iri($0.id) }.joined(separator: ", "))
            }
            statements.append("skos:notation \(literal(node.id))")
            let prefLabels = node.labels.keys.sorted().map { ($0, node.labels[$0]!) }
            if !prefLabels.isEmpty {
                statements.append(
                    "skos:prefLabel " + prefLabels.map { literal($1, language: $0) }.joined(separator: ", "))
            }
            let definitions = node.definition.keys.sorted().map { ($0, node.definition[$0]!) }
            if !definitions.isEmpty {
                statements.append(
                    "skos:definition " + definitions.map { literal($1, language: $0) }.joined(separator: ", "))
            }
            var alternatives: [String] = []
            var hidden: [String] = []
            var seen: Set<String> = []
            for keyword in node.keywords.sorted(by: { ($0.language, $0.text) < ($1.language, $1.text) }) {
                let label = node.labels[keyword.language]?.lowercased()
                guard keyword.text.lowercased() != label, seen.insert("\(keyword.language)|\(keyword.text)").inserted
                else { continue }
                if acronyms.contains(keyword.text) {
                    hidden.append(literal(keyword.text, language: keyword.language))
                } else {
                    alternatives.append(literal(keyword.text, language: keyword.language))
                }
            }
            for acronym in node.acronyms.sorted() where seen.insert("|\(acronym)").inserted {
                hidden.append(literal(acronym))
            }
            if !alternatives.isEmpty { statements.append("skos:altLabel " + alternatives.joined(separator: ", ")) }
            if !hidden.isEmpty { statements.append("skos:hiddenLabel " + hidden.joined(separator: ", ")) }
            var notes: [String] = []
            if !node.studyGroups.isEmpty {
                notes.append("ITU-T study groups: " + node.studyGroups.joined(separator: ", "))
            }
            if !node.questions.isEmpty { notes.append("ITU-T Questions: " + node.questions.joined(separator: ", ")) }
            if !node.govstack.isEmpty {
                notes.append("GovStack building blocks: " + node.govstack.joined(separator: ", "))
            }
            if !notes.isEmpty {
                statements.append("skos:note " + notes.map { literal($0, language: "en") }.joined(separator: ", "))
            }
            out += "\n\(iri(node.id))\n    " + statements.joined(separator: " ;\n    ") + " .\n"
        }
        return out
    }

    func iri(_ id: String) -> String { "<\(baseURI)\(id)>" }

    /// A Turtle string literal, escaped, with an optional language tag.
    func literal(_ text: String, language: String? = nil) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return "\"\(escaped)\"" + (language.map { "@\($0)" } ?? "")
    }
}
