/// A document cited by another: normalised to a canonical id, with where it was cited.
public struct Reference: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case ituT = "itu-t"
        case iso, iec, isoIEC = "iso-iec", ietf, w3c, etsi, ieee, other
        /// An ITU-T contribution, TD or liaison statement: `T25-SG17-C-0548`, `T25-SG17-251202-TD-PLEN-0266`.
        case ituDocument = "itu-document"
        /// A draft's provisional name (`X.idm-dpi`), taken only near its cues.
        case workItem = "work-item"
    }

    /// `ITU-T X.509`, `ITU-T X.1281 Amd 1`, `ISO/IEC 27001`, `IETF RFC 6749`, `W3C VC-DATA-MODEL`.
    public var cited: String
    public var kind: Kind
    /// `06/2012` when the citation names an edition. For a TD whose meeting the citing text does not
    /// pin down (`SG17-TD71/PLEN`), the month of that meeting when the text names it (`04/2025`).
    public var edition: String?
    /// The citation as written.
    public var raw: String
    /// The ordinal of the passage that cites it, when passages are known.
    public var passage: Int?

    public init(cited: String, kind: Kind, edition: String? = nil, raw: String, passage: Int? = nil) {
        self.cited = cited
        self.kind = kind
        self.edition = edition
        self.raw = raw
        self.passage = passage
    }
}
