/// Why a file could not be extracted. A failure is a result, recorded as a `failure` row; the run goes on.
public struct ExtractionFailure: Error, Sendable, Hashable, Codable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// The file has no bytes.
        case empty
        /// The file needs a password we do not have.
        case encrypted
        /// The bytes are not a valid document of the format they claim.
        case corrupt
        /// The file ends before its structure does (no `%%EOF`, no ZIP central directory).
        case truncated
        /// A format we do not read (legacy `.doc`, a ZIP that is not a DOCX, plain text…).
        case unsupported
        /// Over a configured limit (file size, pages, uncompressed size, compression ratio, XML depth, memory).
        case tooLarge = "too-large"
        /// The file could not be read from disk.
        case unreadable
        /// Extraction took longer than the per-document timeout; its worker was stopped.
        case timeout
        /// The worker process extracting the file died (a crash in poppler or libxml2, or killed).
        case crashed

        /// Whether the same content always fails the same way with the same extractor, so that a later
        /// run need not try again. Limits, timeouts, crashes and disk errors depend on the run.
        public var isPermanent: Bool {
            switch self {
            case .empty, .encrypted, .corrupt, .truncated, .unsupported: true
            case .tooLarge, .unreadable, .timeout, .crashed: false
            }
        }
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }
}

/// The result of extracting one file.
public typealias ExtractionResult = Result<ExtractedDocument, ExtractionFailure>
