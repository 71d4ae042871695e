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
    /// so the bytes go through a `GMemoryInputStream` and `new_from_stream`. No password is tried:
    /// a PDF with only an owner password opens without one; a PDF that needs a user password is `encrypted`.
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
            if let error { g_error_free(error) }
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

    /// A page, or `nil` when poppler cannot make one.
    func page(_ index: Int) -> PopplerPage? {
        poppler_document_get_page(handle, Int32(index)).map(PopplerPage.init(handle:))
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
            ("pdfVersion", poppler_document_get_pdf_version_string),
        ]
        for (key, getter) in fields {
            if let value = takeString(getter(handle)), !value.isEmpty {
                metadata[key] = TextNormalizer.line(value)
            }
        }
        let dates: [(String, (OpaquePointer) -> time_t)] = [
            ("created", poppler_document_get_creation_date),
            ("modified", poppler_document_get_modification_date),
        ]
        for (key, getter) in dates {
            let seconds = getter(handle)
            if seconds > 0 { metadata[key] = Self.isoDate(seconds) }
        }
        let permissions = poppler_document_get_permissions(handle).rawValue
        if permissions & POPPLER_PERMISSIONS_FULL.rawValue != POPPLER_PERMISSIONS_FULL.rawValue {
            metadata["permissions"] = "restricted (owner password)"
        }
        return metadata
    }

    /// `2024-03-01T09:30:00Z`.
    private static func isoDate(_ seconds: time_t) -> String {
        var time = seconds
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return String(seconds) }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}

/// One page of an open document. Not `Sendable`, like its document; poppler caches the page's text
/// layout on it, so text, character boxes and fonts cost one page interpretation.
final class PopplerPage {
    private let handle: OpaquePointer

    fileprivate init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The page's text as poppler reads it (in reading order, columns one after the other), with
    /// the box and font of each line.
    func layout() -> (text: String, page: LayoutPage) {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(handle, &width, &height)
        guard let raw = poppler_page_get_text(handle) else {
            return ("", LayoutPage(width: width, height: height, lines: []))
        }
        defer { g_free(raw) }
        let text = String(cString: raw)

        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var rectangleCount: guint = 0
        if poppler_page_get_text_layout(handle, &rectangles, &rectangleCount) == 0 { rectangles = nil }
        defer { g_free(rectangles) }
        let fonts = FontRuns(poppler_page_get_text_attributes(handle))

        var lines: [LayoutLine] = []
        var box = (xMin: Double.infinity, yMin: Double.infinity, xMax: -Double.infinity, yMax: -Double.infinity)
        var fontCounts: [Int: Int] = [:]
        var cursor = FontRuns.Cursor()
        let length = strlen(raw)
        let bytes = UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self)
        var lineStart = 0
        var gaps: [Int] = []
        var previousRight: Double?
        func finishLine(at end: Int) {
            let dominant = fontCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            let style = dominant.map { fonts.styles[$0] }
            let hasBox = box.xMin <= box.xMax
            let text: String
            if gaps.isEmpty {
                text = String(
                    decoding: UnsafeBufferPointer(start: bytes + lineStart, count: end - lineStart), as: UTF8.self)
            } else {
                // Words the reader glued across a wide gap (a tab stop: `3Definitions`) get their space back.
                var spaced: [UInt8] = []
                spaced.reserveCapacity(end - lineStart + gaps.count)
                var from = lineStart
                for gap in gaps {
                    spaced.append(contentsOf: UnsafeBufferPointer(start: bytes + from, count: gap - from))
                    spaced.append(0x20)
                    from = gap
                }
                spaced.append(contentsOf: UnsafeBufferPointer(start: bytes + from, count: end - from))
                text = String(decoding: spaced, as: UTF8.self)
                gaps.removeAll(keepingCapacity: true)
            }
            lines.append(
                LayoutLine(
                    text: text, xMin: hasBox ? box.xMin : 0, yMin: hasBox ? box.yMin : 0,
                    xMax: hasBox ? box.xMax : 0, yMax: hasBox ? box.yMax : 0, fontSize: style?.size ?? 0,
                    fontName: style?.name, isBold: style?.isBold ?? false))
            box = (Double.infinity, Double.infinity, -Double.infinity, -Double.infinity)
            fontCounts.removeAll(keepingCapacity: true)
        }
        // Walk the UTF-8 bytes; character `index` (a code point, as poppler counts) owns rectangle `index`.
        var index = -1
        for offset in 0..<length {
            let byte = bytes[offset]
            if byte & 0xC0 == 0x80 { continue }  // a continuation byte of the same character
            index += 1
            if byte == 0x0A {
                finishLine(at: offset)
                lineStart = offset + 1
                previousRight = nil
                continue
            }
            if byte == 0x20 {
                previousRight = nil
                continue
            }
            if let rectangles, index < Int(rectangleCount) {
                let rectangle = rectangles[index]
                if let right = previousRight, rectangle.x1 - right > max(3, (rectangle.y2 - rectangle.y1) * 0.5) {
                    gaps.append(offset)
                }
                previousRight = rectangle.x2
                box.xMin = min(box.xMin, rectangle.x1)
                box.yMin = min(box.yMin, rectangle.y1)
                box.xMax = max(box.xMax, rectangle.x2)
                box.yMax = max(box.yMax, rectangle.y2)
            }
            if let style = fonts.run(at: index, cursor: &cursor) { fontCounts[style, default: 0] += 1 }
        }
        if lineStart < length { finishLine(at: length) }
        return (text, LayoutPage(width: width, height: height, lines: lines))
    }

    /// Whether the page shows pictures (asked only of pages without text, to tell scans from blank pages).
    func hasImages() -> Bool {
        guard let list = poppler_page_get_image_mapping(handle) else { return false }
        poppler_page_free_image_mapping(list)
        return true
    }
}

/// The font runs of a page (`poppler_page_get_text_attributes`), copied out of the C list.
private struct FontRuns {
    struct Run {
        var start: Int
        var end: Int
        var style: Int
    }

    struct Style: Hashable {
        var name: String
        var size: Double
        var isBold: Bool
    }

    /// Where a sequential scan stands in `runs`.
    struct Cursor {
        var next = 0
    }

    var runs: [Run] = []
    var styles: [Style] = []

    init(_ list: UnsafeMutablePointer<GList>?) {
        guard let list else { return }
        defer { poppler_page_free_text_attributes(list) }
        var styleIndex: [Style: Int] = [:]
        var boldByName: [String: Bool] = [:]
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let attributes = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                let isBold: Bool
                if let known = boldByName[name] {
                    isBold = known
                } else {
                    isBold = LayoutLine.isBoldFont(name)
                    boldByName[name] = isBold
                }
                let style = Style(name: name, size: attributes.font_size, isBold: isBold)
                let index: Int
                if let known = styleIndex[style] {
                    index = known
                } else {
                    index = styles.count
                    styleIndex[style] = index
                    styles.append(style)
                }
                runs.append(Run(start: Int(attributes.start_index), end: Int(attributes.end_index), style: index))
            }
            node = current.pointee.next
        }
        runs.sort { $0.start < $1.start }
    }

    /// The style of the run holding character `index`; indexes must be asked in increasing order.
    func run(at index: Int, cursor: inout Cursor) -> Int? {
        while cursor.next < runs.count, runs[cursor.next].end < index { cursor.next += 1 }
        guard cursor.next < runs.count, runs[cursor.next].start <= index else { return nil }
        return runs[cursor.next].style
    }
}

/// Copies a `gchar*` that we own into a `String` and frees it.
private func takeString(_ pointer: UnsafeMutablePointer<gchar>?) -> String? {
    guard let pointer else { return nil }
    defer { g_free(pointer) }
    return String(cString: pointer)
}
