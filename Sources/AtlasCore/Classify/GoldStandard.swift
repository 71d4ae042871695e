import Foundation

/// One labelled document of a gold file (`corpus/gold/labels.jsonl` and the like).
public struct GoldItem: Sendable, Hashable {
    /// 1-based line in the gold file.
    public var line: Int
    public var id: String
    public var title: String?
    /// The text to classify, or the file to extract it from.
    public var text: String?
    public var file: String?
    /// Taxonomy ids as given (topics and subtopics).
    public var labels: [String]
    /// Documents of one group (editions, amendments and translations of one text) fall in the same part
    /// of the split: given as `"group"`, or read from the id (`GoldStandard.group(of:)`).
    public var group: String

    public init(
        line: Int, id: String, title: String? = nil, text: String? = nil, file: String? = nil, labels: [String],
        group: String? = nil
    ) {
        self.line = line
        self.id = id
        self.title = title
        self.text = text
        self.file = file
        self.labels = labels
        self.group = group ?? GoldStandard.group(of: id)
    }
}

/// Reads gold files: JSON Lines, each `{"id", "title", "text", "labels"}` (or `"file"` instead of `"text"`);
/// `labels` are topic or subtopic ids, `[]` for a document that is not about DPI.
///
/// Which part a document belongs to is decided by a hash of its group, never by hand: about
/// `heldOutPercent` of the groups are held out; the rest is the tuning part, the only one that gives
/// examples to the profiles and that thresholds are tuned on. A group keeps the editions, amendments and
/// translations of one text together, so that no held-out document has its twin among the examples.
public enum GoldStandard {
    /// The share of the gold held out from profiles and tuning.
    public static let heldOutPercent = 40

    public enum Part: String, Sendable, CaseIterable, Codable {
        case heldOut = "held-out"
        case tuning
        case all
    }

    /// Whether a group belongs to the held-out part: the first two bytes of the SHA-256 of its name.
    public static func isHeldOut(group: String) -> Bool {
        let digest = SHA256.hex(of: Array(group.utf8))
        let value = Int(digest.prefix(4), radix: 16) ?? 0
        return value % 100 < heldOutPercent
    }

    public static func isHeldOut(_ item: GoldItem) -> Bool { isHeldOut(group: item.group) }

    public static func items(_ items: [GoldItem], in part: Part) -> [GoldItem] {
        switch part {
        case .all: items
        case .heldOut: items.filter { isHeldOut($0) }
        case .tuning: items.filter { !isHeldOut($0) }
        }
    }

    /// The group of a document id: its file name without folder, extension, format and language
    /// (`T25-SG13-250714-TD-PLEN-0288!!MSW-C.docx` → `T25-SG13-250714-TD-PLEN-0288`), and for a
    /// Recommendation without edition and part too (`T-REC-X.1281-202406-I!Cor1!PDF-E.pdf` → `T-REC-X.1281`).
    public static func group(of id: String) -> String {
        var name = Substring(id.split(separator: "/").last ?? Substring(id))
        if let bang = name.firstIndex(of: "!") {
            name = name[..<bang]
        } else if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 5 {
            name = name[..<dot]
        }
        if name.hasPrefix("T-REC-") {
            // T-REC-<number>-<yyyymm>-<status>
            let parts = name.split(separator: "-")
            if parts.count >= 5, parts[parts.count - 2].count == 6, parts[parts.count - 2].allSatisfy(\.isNumber) {
                return parts.dropLast(2).joined(separator: "-")
            }
        }
        return String(name)
    }

    public static func load(path: String, taxonomy: Taxonomy) throws -> [GoldItem] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError([TaxonomyIssue(file: path, line: 0, message: "cannot read the gold file")])
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path, taxonomy: taxonomy)
    }

    /// Parses every line; throws one error listing every bad line (unknown label ids, missing fields, bad JSON).
    public static func parse(_ text: String, file: String, taxonomy: Taxonomy) throws -> [GoldItem] {
        struct Line: Decodable {
            var id: String?
            var title: String?
            var text: String?
            var file: String?
            var labels: [String]?
            var group: String?
        }
        var items: [GoldItem] = []
        var issues: [TaxonomyIssue] = []
        var seen: [String: Int] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            func issue(_ message: String) { issues.append(TaxonomyIssue(file: file, line: number, message: message)) }
            let line: Line
            do {
                line = try JSONDecoder().decode(Line.self, from: Data(trimmed.utf8))
            } catch {
                issue("not a JSON object with id, title, text or file, and labels")
                continue
            }
            guard let id = line.id ?? line.file, !id.isEmpty else {
                issue("no id")
                continue
            }
            guard let labels = line.labels else {
                issue("\(id): no labels (write [] for a document that is not about DPI)")
                continue
            }
            if line.text == nil && line.file == nil {
                issue("\(id): neither text nor file")
                continue
            }
            let unknown = labels.filter { taxonomy.node($0) == nil }
            if !unknown.isEmpty {
                issue(
                    "\(id): unknown label \(unknown.map { "\"\($0)\"" }.joined(separator: ", ")) (not in \(taxonomy.file))"
                )
                continue
            }
            if let first = seen[id] {
                issue("\(id): already given at line \(first)")
                continue
            }
            seen[id] = number
            items.append(
                GoldItem(
                    line: number, id: id, title: line.title, text: line.text, file: line.file, labels: labels,
                    group: line.group))
        }
        if !issues.isEmpty { throw ConfigurationError(issues) }
        return items
    }
}
