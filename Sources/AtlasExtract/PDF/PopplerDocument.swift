import AtlasCore
import CPoppler
import Foundation

/// One open poppler document. Not `Sendable`: it is opened, read and freed inside one task.
final class PopplerDocument {
    private let handle: OpaquePointer

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Opens a PDF from memory. poppler 22.12 crashes in `new_from_bytes` with a wrong password,
    /// so the bytes go through a `GMemoryInputStream` and `new_from_stream`.
    static func open(_ data: Data) -> Result<PopplerDocument, ExtractionFailure> {
        let bytes = data.withUnsafeBytes { buffer in
            g_bytes_new(buffer.baseAddress, gsize(buffer.count))
        }
        defer { g_bytes_unref(bytes) }
        guard let stream = g_memory_input_stream_new_from_bytes(bytes) else {
            return .failure(ExtractionFailure(.corrupt, "cannot make a memory stream"))
        }
        defer { g_object_unref(UnsafeMutableRawPointer(stream)) }

        var error: UnsafeMutablePointer<GError>?
        let document = poppler_document_new_from_stream(stream, goffset(data.count), nil, nil, &error)
        if let document {
            return .success(PopplerDocument(handle: document))
        }
        return .failure(failure(from: error))
    }

    private static func failure(from error: UnsafeMutablePointer<GError>?) -> ExtractionFailure {
        guard let error else { return ExtractionFailure(.corrupt, "poppler could not open the document") }
        defer { g_error_free(error) }
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown poppler error"
        if error.pointee.domain == poppler_error_quark(),
            error.pointee.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue)
        {
            return ExtractionFailure(.encrypted, "the PDF needs a password: \(message)")
        }
        return ExtractionFailure(.corrupt, "poppler: \(message)")
    }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    func text(ofPage index: Int) -> String {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return "" }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return takeString(poppler_page_get_text(page)) ?? ""
    }

    func metadata() -> [String: String] {
        var metadata: [String: String] = [:]
        let fields: [(String, (OpaquePointer) -> UnsafeMutablePointer<gchar>?)] = [
            ("title", poppler_document_get_title),
            ("author", poppler_document_get_author),
            ("subject", poppler_document_get_subject),
            ("keywords", poppler_document_get_keywords),
            ("creator", poppler_document_get_creator),
            ("producer", poppler_document_get_producer),
        ]
        for (key, getter) in fields {
            if let value = takeString(getter(handle)), !value.isEmpty { metadata[key] = value }
        }
        let dates: [(String, (OpaquePointer) -> time_t)] = [
            ("created", poppler_document_get_creation_date),
            ("modified", poppler_document_get_modification_date),
        ]
        for (key, getter) in dates {
            let seconds = getter(handle)
            if seconds > 0 { metadata[key] = Self.isoDate(seconds) }
        }
        return metadata
    }

    private static func isoDate(_ seconds: time_t) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// Copies a `gchar*` that we own into a `String` and frees it.
    private func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
        guard let pointer else { return nil }
        defer { g_free(pointer) }
        return String(cString: pointer)
    }
}
