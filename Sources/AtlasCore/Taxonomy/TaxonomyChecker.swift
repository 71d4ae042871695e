/// The rules of `pipeline/README.md` that need the whole tree (loading already reports YAML errors,
/// unknown and missing fields, and wrong shapes):
///
/// 2. the fifteen fixed topic ids, in their order; ids unique and kebab-case; a subtopic id starts with
///    its topic's id and a hyphen;
/// 3. labels and keywords in `en`, `fr` and `zh`, an English definition, 10–30 English keywords and at
///    least 5 French and 5 Chinese ones; only the declared languages, which are ITU languages;
/// 4. no keyword twice in a node and language; no keyword equal to a global acronym (case folded);
/// 5. node acronyms in the global list, and every global acronym used by a node;
/// 6. no keyword (case folded, any language) or acronym in two nodes unless one of them lists it in
///    `shared`; every `shared` entry one of the node's own keywords or acronyms;
/// 7. 2025–2028 study groups; a topic lists its subtopics' study groups; Questions written `Qn/m` with
///    their study group in the node's list;
/// 8. GovStack ids among `govstack_building_blocks`;
/// 9. no exclusion of the node or its topic inside one of the node's keywords.
public enum TaxonomyChecker {
    public static let requiredLanguages = ["en", "fr", "zh"]
    public static let ituLanguages: Set<String> = ["en", "fr", "zh", "es", "ru", "ar"]
    public static let studyGroups: Set<String> = [
        "SG2", "SG3", "SG5", "SG11", "SG12", "SG13", "SG15", "SG17", "SG20", "SG21", "TSAG",
    ]
    public static let englishKeywords = 10...30
    public static let minimumKeywords = ["fr": 5, "zh": 5]

    public static func check(_ taxonomy: Taxonomy) -> [TaxonomyIssue] {
        var issues: [TaxonomyIssue] = []
        func issue(_ line: Int, _ node: String?, _ message: String) {
            issues.append(TaxonomyIssue(file: taxonomy.file, line: line, node: node, message: message))
        }

        // 2. Topic ids, ids.
        let topIDs = taxonomy.topics.map(\.id)
        for id in Taxonomy.topLevelIDs where !topIDs.contains(id) {
            issue(0, nil, "the fixed topic \"\(id)\" is missing")
        }
        for topic in taxonomy.topics where !Taxonomy.topLevelIDs.contains(topic.id) {
            issue(topic.line, topic.id, "not one of the fifteen fixed topic ids: make it a subtopic")
        }
        let known = topIDs.filter(Taxonomy.topLevelIDs.contains)
        if Set(known).count == known.count, known != Taxonomy.topLevelIDs.filter(known.contains) {
            issue(0, nil, "the topics are not in their fixed order: \(Taxonomy.topLevelIDs.joined(separator: ", "))")
        }
        var firstLine: [String: Int] = [:]
        for node in taxonomy.nodes {
            if let line = firstLine[node.id] {
                issue(node.line, node.id, "duplicate id: already used at line \(line)")
            } else {
                firstLine[node.id] = node.line
            }
        }

        // 3. Languages.
        for language in taxonomy.languages where !ituLanguages.contains(language) {
            issue(
                0, nil,
                "language \"\(language)\" is not one of the six ITU languages (\(ituLanguages.sorted().joined(separator: ", ")))"
            )
        }
        // 5. Acronyms used.
        let global = Set(taxonomy.acronyms)
        let used = Set(taxonomy.nodes.flatMap(\.acronyms))
        for acronym in taxonomy.acronyms where !used.contains(acronym) {
            issue(0, nil, "global acronym \"\(acronym)\" is used by no node")
        }

        let blocks = Set(taxonomy.buildingBlocks.map(\.id))
        let tokenizer = Tokenizer(acronyms: taxonomy.allAcronyms)
        let declared = Set(taxonomy.languages)
        let foldedAcronyms = Dictionary(
            taxonomy.acronyms.map { (fold($0), $0) }, uniquingKeysWith: { first, _ in first })
        for node in taxonomy.nodes {
            let topic = node.parent.flatMap { taxonomy.node($0) }
            checkNode(
                node, topic: topic, declared: declared, global: global, foldedAcronyms: foldedAcronyms,
                blocks: blocks, tokenizer: tokenizer, issue: issue)
        }
        checkDuplicates(taxonomy, issue: issue)
        return issues.sorted { ($0.line, $0.node ?? "", $0.message) < ($1.line, $1.node ?? "", $1.message) }
    }

    private static func checkNode(
        _ node: TaxonomyNode, topic: TaxonomyNode?, declared: Set<String>, global: Set<String>,
        foldedAcronyms: [String: String], blocks: Set<String>, tokenizer: Tokenizer,
        issue: (Int, String?, String) -> Void
    ) {
        let id = node.id
        if let parent = node.parent, !id.hasPrefix(parent + "-") {
            issue(node.line, id, "a subtopic id starts with its topic's id: \"\(parent)-…\"")
        }
        if !isKebabCase(id) {
            issue(node.line, id, "an id is kebab-case: lower-case letters and digits joined by hyphens")
        }

        // 3. Labels, definition, keywords per language.
        for language in requiredLanguages where (node.labels[language] ?? "").isEmpty {
            issue(node.line, id, "no \(language) label (en, fr and zh are required)")
        }
        if (node.definition["en"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            issue(node.line, id, "no definition")
        }
        var byLanguage: [String: [TaxonomyNode.Term]] = [:]
        for keyword in node.keywords { byLanguage[keyword.language, default: []].append(keyword) }
        if node.keywords.isEmpty {
            issue(node.line, id, "no keywords: a node the classifier cannot match")
        } else {
            let english = byLanguage["en"]?.count ?? 0
            if !englishKeywords.contains(english) {
                issue(
                    node.line, id,
                    "\(english) English keywords; a node needs \(englishKeywords.lowerBound)–\(englishKeywords.upperBound)"
                )
            }
            for (language, minimum) in minimumKeywords.sorted(by: { $0.key < $1.key })
            where (byLanguage[language]?.count ?? 0) < minimum {
                issue(
                    node.line, id,
                    "\(byLanguage[language]?.count ?? 0) \(language) keywords; a node needs at least \(minimum)")
            }
        }
        let languages = Set(node.labels.keys).union(node.keywords.map(\.language))
        for language in languages.sorted() where !declared.contains(language) {
            issue(node.line, id, "language \"\(language)\" is not in the taxonomy's languages")
        }

        // 4. Keywords within the node.
        var seen: [String: Int] = [:]
        for keyword in node.keywords {
            let folded = fold(keyword.text)
            if folded.isEmpty {
                issue(keyword.line, id, "an empty keyword")
                continue
            }
            if let acronym = foldedAcronyms[folded] {
                issue(
                    keyword.line, id,
                    "keyword \"\(keyword.text)\" is the acronym \(acronym): list it under acronyms, not keywords")
            }
            let keys = tokenizer.keys(keyword.text)
            if keys.count == 1, keys[0].unicodeScalars.count == 1, Tokenizer.isCJK(keys[0].unicodeScalars.first!) {
                issue(keyword.line, id, "keyword \"\(keyword.text)\" is one Chinese character: it cannot match")
            }
            let key = keyword.language + "|" + folded
            if let line = seen[key] {
                issue(
                    keyword.line, id,
                    "keyword \"\(keyword.text)\" (\(keyword.language)) is already given at line \(line)")
            } else {
                seen[key] = keyword.line
            }
        }

        // 5. Node acronyms.
        for acronym in node.acronyms where !global.contains(acronym) {
            issue(node.line, id, "acronym \"\(acronym)\" is not in the global acronyms list")
        }

        // 6. Shared entries are the node's own terms.
        let ownKeywords = Set(node.keywords.map { fold($0.text) })
        for shared in node.shared where !ownKeywords.contains(fold(shared.text)) && !node.acronyms.contains(shared.text)
        {
            issue(shared.line, id, "shared \"\(shared.text)\" is not one of this node's keywords or acronyms")
        }

        // 7. Study groups and Questions.
        for group in node.studyGroups where !studyGroups.contains(group) {
            issue(
                node.line, id,
                "study group \"\(group)\" is not a 2025–2028 one (\(studyGroups.sorted().joined(separator: ", ")))")
        }
        for question in node.questions {
            guard let group = questionStudyGroup(question) else {
                issue(node.line, id, "question \"\(question)\" is not written like Q10/17")
                continue
            }
            if !node.studyGroups.contains(group) {
                issue(node.line, id, "question \(question) belongs to \(group), which is not in study_groups")
            }
        }
        for sub in node.subtopics {
            for group in sub.studyGroups where !node.studyGroups.contains(group) && studyGroups.contains(group) {
                issue(node.line, id, "study_groups lacks \(group), listed by its subtopic \(sub.id)")
            }
        }

        // 8. GovStack.
        for block in node.govstack where !blocks.contains(block) {
            issue(node.line, id, "GovStack building block \"\(block)\" is not in govstack_building_blocks")
        }

        // 9. Exclusions inside keywords.
        let exclusions = node.exclusions + (topic?.exclusions ?? [])
        let keywordKeys = exclusions.isEmpty ? [] : node.keywords.map { tokenizer.keys($0.text) }
        for exclusion in exclusions {
            let excluded = tokenizer.keys(exclusion.text)
            guard !excluded.isEmpty else { continue }
            for (keyword, keys) in zip(node.keywords, keywordKeys) where contains(keys, excluded) {
                issue(
                    exclusion.line, id,
                    "exclusion \"\(exclusion.text)\" occurs inside keyword \"\(keyword.text)\": it would cancel it everywhere"
                )
            }
        }
    }

    /// 6. A keyword (case folded, any language) or an acronym (exact) in two nodes, none of which lists it
    /// in `shared`.
    private static func checkDuplicates(_ taxonomy: Taxonomy, issue: (Int, String?, String) -> Void) {
        var holders: [String: [(node: String, line: Int, text: String)]] = [:]
        var sharedBy: [String: Set<String>] = [:]
        for node in taxonomy.nodes {
            var inNode: Set<String> = []
            let terms =
                node.keywords.map { ("k|" + fold($0.text), $0.line, $0.text) }
                + node.acronyms.map { ("a|" + $0, node.line, $0) }
            for (key, line, text) in terms where inNode.insert(key).inserted {
                holders[key, default: []].append((node.id, line, text))
            }
            for shared in node.shared {
                sharedBy["k|" + fold(shared.text), default: []].insert(node.id)
                sharedBy["a|" + shared.text, default: []].insert(node.id)
            }
        }
        for key in holders.keys.sorted() {
            let nodes = holders[key]!
            guard nodes.count > 1 else { continue }
            let declared = sharedBy[key] ?? []
            guard !nodes.contains(where: { declared.contains($0.node) }) else { continue }
            let first = nodes[0]
            let what = key.hasPrefix("a|") ? "acronym" : "keyword"
            for other in nodes.dropFirst() {
                issue(
                    other.line, other.node,
                    "\(what) \"\(other.text)\" is also in node \(first.node) (line \(first.line)); "
                        + "list it under shared in one of them if both should match it")
            }
        }
    }

    /// Case folding as the README means it: Unicode NFKC, lower case, spaces collapsed.
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func isKebabCase(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return !id.isEmpty
            && parts.allSatisfy { part in
                !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    /// `Q10/17` → `SG17`; `nil` when not written like that.
    static func questionStudyGroup(_ question: String) -> String? {
        guard question.hasPrefix("Q") else { return nil }
        let parts = question.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        return "SG\(Int(parts[1])!)"
    }

    static func contains(_ keys: [String], _ part: [String]) -> Bool {
        guard part.count <= keys.count else { return false }
        for start in 0...(keys.count - part.count) where Array(keys[start..<start + part.count]) == part {
            return true
        }
        return false
    }
}
