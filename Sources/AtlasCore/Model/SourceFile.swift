/// A file found by discovery: where it is, what it is, and its content hash.
public struct SourceFile: Sendable, Hashable, Codable {
    /// The path as given on the command line, or below a given folder; used in records and reports.
    public var path: String
    public var size: Int
    /// Lower-case hexadecimal SHA-256 of the content.
    public var sha256: String
    public var format: FileFormat

    public init(path: String, size: Int, sha256: String, format: FileFormat) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.format = format
    }

    /// The stable document id: the first 16 hexadecimal digits of the content hash.
    public var documentID: String { String(sha256.prefix(16)) }
}
