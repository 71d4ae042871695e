/// What recognition found in one document: what it is, and what it cites.
public struct Recognition: Sendable, Hashable, Codable {
    public var identity: DocumentIdentity
    /// Citations in the order of their first passage, one per canonical id.
    public var references: [Reference]

    public init(identity: DocumentIdentity, references: [Reference]) {
        self.identity = identity
        self.references = references
    }
}
