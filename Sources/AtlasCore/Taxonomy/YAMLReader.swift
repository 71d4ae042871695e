import Foundation
import Yams

/// Reads a YAML file into Yams nodes and offers typed access that records, rather than throws, what is
/// wrong, each problem with its line, so one run of a checker reports every problem in a file.
struct YAMLReader {
    let file: String
    private(set) var issues: [TaxonomyIssue] = []

    init(file: String) {
        self.file = file
    }

    /// Parses the text; a syntax error is fatal and thrown with its line.
    func parse(_ text: String) throws -> Node {
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw ConfigurationError([TaxonomyIssue(file: file, line: 0, message: "the file is empty")])
            }
            return root
        } catch let error as ConfigurationError {
            throw error
        } catch let error as YamlError {
            throw ConfigurationError([TaxonomyIssue(file: file, line: Self.line(of: error), message: "\(error)")])
        }
    }

    mutating func issue(_ node: Node?, _ owner: String?, _ message: String) {
        issues.append(TaxonomyIssue(file: file, line: node?.mark?.line ?? 0, node: owner, message: message))
    }

    /// The pairs of a mapping; records an issue (and returns nothing) when the node is not one.
    /// Keys outside `allowed` are recorded as unknown fields.
    mutating func mapping(
        _ node: Node, owner: String?, what: String, allowed: Set<String>? = nil
    ) -> [(key: String, keyNode: Node, value: Node)] {
        guard let mapping = node.mapping else {
            issue(node, owner, "\(what) should be a mapping")
            return []
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                issue(keyNode, owner, "a key of \(what) is not a plain name")
                continue
            }
            if let allowed, !allowed.contains(key) {
                let known = allowed.sorted().joined(separator: ", ")
                issue(keyNode, owner, "unknown field \"\(key)\" in \(what) (known: \(known))")
                continue
            }
            if !seen.insert(key).inserted {
                issue(keyNode, owner, "field \"\(key)\" given twice in \(what)")
                continue
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    mutating func string(_ node: Node, owner: String?, what: String) -> String? {
        guard let scalar = node.scalar else {
            issue(node, owner, "\(what) should be a single value")
            return nil
        }
        return scalar.string
    }

    mutating func number(_ node: Node, owner: String?, what: String) -> Double? {
        guard let text = string(node, owner: owner, what: what) else { return nil }
        guard let value = Double(text), value.isFinite else {
            issue(node, owner, "\(what) should be a number, not \"\(text)\"")
            return nil
        }
        return value
    }

    /// A list of single values, each with its line. A single value is taken as a list of one.
    mutating func strings(_ node: Node, owner: String?, what: String) -> [(String, Int)] {
        if node.scalar != nil, node.scalar?.string.isEmpty == false {
            return [(node.scalar!.string, node.mark?.line ?? 0)]
        }
        if let scalar = node.scalar, scalar.string.isEmpty { return [] }
        guard let sequence = node.sequence else {
            issue(node, owner, "\(what) should be a list")
            return []
        }
        var values: [(String, Int)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                issue(item, owner, "an item of \(what) should be a single value")
                continue
            }
            values.append((scalar.string, item.mark?.line ?? 0))
        }
        return values
    }

    /// The line a Yams error points at, when it names one.
    static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 0
        }
    }
}
