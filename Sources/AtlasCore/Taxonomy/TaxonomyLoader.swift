import Foundation
import Yams

/// Reads `pipeline/taxonomy.yaml` (schema in `pipeline/README.md`) into a `Taxonomy`, keeping the line of
/// every node and keyword so that problems can be reported where they are.
///
/// Loading is lenient: what can be read is read, and each problem is recorded as an issue. `load` gives
/// the taxonomy with the structural issues; `TaxonomyChecker` adds the rules that need the whole tree.
public enum TaxonomyLoader {
    static let topFields: Set<String> = ["version", "languages", "acronyms", "topics", "govstack_building_blocks"]
    static let nodeFields: Set<String> = [
        "id", "label", "definition", "keywords", "acronyms", "exclusions", "shared", "study_groups", "questions",
        "govstack", "subtopics",
    ]

    /// Loads and checks a taxonomy file; throws a `ConfigurationError` listing every issue when there is one.
    public static func loadChecked(path: String) throws -> Taxonomy {
        let (taxonomy, issues) = try load(path: path)
        let all = issues + TaxonomyChecker.check(taxonomy)
        if !all.isEmpty { throw ConfigurationError(all) }
        return taxonomy
    }

    /// Reads a file. Throws when it cannot be read or is not YAML; other problems come back as issues.
    public static func load(path: String) throws -> (Taxonomy, [TaxonomyIssue]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError([TaxonomyIssue(file: path, line: 0, message: "cannot read the file")])
        }
        return try load(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    public static func load(yaml: String, file: String = "taxonomy.yaml") throws -> (Taxonomy, [TaxonomyIssue]) {
        var reader = YAMLReader(file: file)
        let root = try reader.parse(yaml)
        var taxonomy = Taxonomy(topics: [], file: file)
        var sawTopics = false
        for (key, _, value) in reader.mapping(root, owner: nil, what: "the file", allowed: topFields) {
            switch key {
            case "version":
                taxonomy.version = reader.string(value, owner: nil, what: "version") ?? ""
            case "languages":
                taxonomy.languages = reader.strings(value, owner: nil, what: "languages").map(\.0)
            case "acronyms":
                taxonomy.acronyms = reader.strings(value, owner: nil, what: "acronyms").map(\.0)
            case "topics":
                sawTopics = true
                guard let sequence = value.sequence else {
                    reader.issue(value, nil, "topics should be a list of topics")
                    continue
                }
                for item in sequence {
                    if let topic = readNode(item, parent: nil, reader: &reader) { taxonomy.topics.append(topic) }
                }
            case "govstack_building_blocks":
                taxonomy.buildingBlocks = readBuildingBlocks(value, reader: &reader)
            default:
                break
            }
        }
        if !sawTopics {
            reader.issue(root, nil, "no topics: the file needs a \"topics\" list")
        }
        if root.mapping != nil {
            let present = Set(root.mapping!.keys.compactMap { $0.scalar?.string })
            for field in topFields.subtracting(present).subtracting(["topics"]).sorted() {
                reader.issue(root, nil, "missing field \"\(field)\"")
            }
        }
        return (taxonomy, reader.issues)
    }

    private static func readNode(_ node: Node, parent: String?, reader: inout YAMLReader) -> TaxonomyNode? {
        let what = parent == nil ? "a topic" : "a subtopic"
        let pairs = reader.mapping(node, owner: nil, what: what, allowed: nodeFields)
        guard let idPair = pairs.first(where: { $0.key == "id" }),
            let id = reader.string(idPair.value, owner: nil, what: "id")
        else {
            if node.mapping != nil { reader.issue(node, nil, "\(what) without an id") }
            return nil
        }
        var result = TaxonomyNode(id: id, parent: parent, line: idPair.keyNode.mark?.line ?? node.mark?.line ?? 0)
        let required = parent == nil ? nodeFields : nodeFields.subtracting(["subtopics"])
        for field in required.subtracting(pairs.map(\.key)).sorted() {
            reader.issue(
                idPair.keyNode, id, "missing field \"\(field)\" (every node has all ten keys; a list may be [])")
        }
        for (key, _, value) in pairs {
            switch key {
            case "id":
                break
            case "label":
                result.labels = readTexts(value, owner: id, what: "label", reader: &reader)
            case "definition":
                result.definition = readTexts(value, owner: id, what: "definition", reader: &reader)
            case "keywords":
                result.keywords = readTerms(value, owner: id, what: "keywords", reader: &reader)
            case "exclusions":
                result.exclusions = readTerms(value, owner: id, what: "exclusions", reader: &reader)
            case "shared":
                result.shared = readTerms(value, owner: id, what: "shared", reader: &reader)
            case "acronyms":
                result.acronyms = reader.strings(value, owner: id, what: "acronyms").map(\.0)
            case "study_groups":
                result.studyGroups = reader.strings(value, owner: id, what: "study_groups").map(\.0)
            case "questions":
                result.questions = reader.strings(value, owner: id, what: "questions").map(\.0)
            case "govstack":
                result.govstack = reader.strings(value, owner: id, what: "govstack").map(\.0)
            case "subtopics":
                if parent != nil {
                    reader.issue(value, id, "a subtopic cannot have subtopics: the taxonomy has two levels")
                    continue
                }
                if value.scalar?.string.isEmpty == true { continue }
                guard let sequence = value.sequence else {
                    reader.issue(value, id, "subtopics should be a list")
                    continue
                }
                for item in sequence {
                    if let sub = readNode(item, parent: id, reader: &reader) { result.subtopics.append(sub) }
                }
            default:
                break
            }
        }
        return result
    }

    /// `label: Digital identity` (English) or `label: {en: …, zh: …, fr: …}`.
    private static func readTexts(
        _ node: Node, owner: String, what: String, reader: inout YAMLReader
    ) -> [String: String] {
        if let scalar = node.scalar { return ["en": scalar.string] }
        var texts: [String: String] = [:]
        for (language, _, value) in reader.mapping(node, owner: owner, what: what) {
            if let text = reader.string(value, owner: owner, what: "\(what).\(language)") { texts[language] = text }
        }
        return texts
    }

    /// `keywords: {en: [...], zh: [...]}`, or a plain list taken as English.
    private static func readTerms(
        _ node: Node, owner: String, what: String, reader: inout YAMLReader
    ) -> [TaxonomyNode.Term] {
        if node.mapping == nil {
            return reader.strings(node, owner: owner, what: what).map { TaxonomyNode.Term($0.0, line: $0.1) }
        }
        var terms: [TaxonomyNode.Term] = []
        for (language, _, value) in reader.mapping(node, owner: owner, what: what) {
            terms += reader.strings(value, owner: owner, what: "\(what).\(language)").map {
                TaxonomyNode.Term($0.0, language: language, line: $0.1)
            }
        }
        return terms
    }

    private static func readBuildingBlocks(_ node: Node, reader: inout YAMLReader) -> [BuildingBlock] {
        guard let sequence = node.sequence else {
            reader.issue(node, nil, "govstack_building_blocks should be a list")
            return []
        }
        var blocks: [BuildingBlock] = []
        for item in sequence {
            var details: [String: String] = [:]
            for (key, _, value) in reader.mapping(item, owner: nil, what: "a building block") {
                if let text = reader.string(value, owner: nil, what: key) { details[key] = text }
            }
            guard let id = details.removeValue(forKey: "id") else {
                reader.issue(item, nil, "a building block without an id")
                continue
            }
            let name = details.removeValue(forKey: "name") ?? id
            blocks.append(BuildingBlock(id: id, name: name, details: details, line: item.mark?.line ?? 0))
        }
        return blocks
    }
}
