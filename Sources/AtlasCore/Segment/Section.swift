/// A section of a document: a heading and what follows it up to the next heading of the same or a
/// higher level.
public struct Section: Sendable, Hashable, Codable {
    /// The clause number (`6.2.1`, `Annex A`, `A.1`), or the heading itself when it has none (`Summary`).
    public var number: String
    public var title: String
    /// 1 for top-level clauses, annexes and appendices.
    public var level: Int
    /// The numbers of the enclosing sections and this one: `["6", "6.2", "6.2.1"]`.
    public var path: [String]
    /// 1-based page of the heading, for PDF.
    public var page: Int?
    /// The ordinal of the heading's passage.
    public var passage: Int

    public init(number: String, title: String, level: Int, path: [String], page: Int? = nil, passage: Int) {
        self.number = number
        self.title = title
        self.level = level
        self.path = path
        self.page = page
        self.passage = passage
    }
}
