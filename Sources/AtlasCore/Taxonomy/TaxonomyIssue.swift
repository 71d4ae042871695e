/// A problem found in a configuration file (the taxonomy, the classifier settings, a gold file):
/// where it is (file, line, node) and what is wrong.
public struct TaxonomyIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem has no line (a missing section).
    public var line: Int
    /// The node the problem is in, when there is one.
    public var node: String?
    public var message: String

    public init(file: String, line: Int, node: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.node = node
        self.message = message
    }

    /// `pipeline/taxonomy.yaml:120: node identity-biometrics: unknown field "keyword"`.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        if let node { return "\(place): node \(node): \(message)" }
        return "\(place): \(message)"
    }
}

/// A configuration file that cannot be used: every issue found in it. This stops a run.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var issues: [TaxonomyIssue]

    public init(_ issues: [TaxonomyIssue]) {
        self.issues = issues
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
