import CLibXML2
import Foundation

/// A pull parser over an XML document in memory (libxml2's `xmlTextReader`), configured for
/// untrusted input: no network, no entity substitution, no DTD loading, no "huge" documents.
/// Not `Sendable`: made, read and freed inside one task.
final class XMLStreamReader {
    enum Node {
        case start(name: String, namespace: String, isEmpty: Bool)
        case end(name: String, namespace: String)
        case text(String)
    }

    struct ParseError: Error {
        var message: String
    }

    private let data: Data
    private let reader: OpaquePointer
    private let buffer: UnsafeMutablePointer<CChar>
    private var errorMessage: String?

    private static let initialize: Void = { xmlInitParser() }()

    init?(_ data: Data) {
        _ = Self.initialize
        self.data = data
        // The reader does not copy its input: keep our own stable copy for its lifetime.
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(data.count, 1))
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                copy.update(from: base.assumingMemoryBound(to: CChar.self), count: raw.count)
            }
        }
        buffer = copy
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        guard let reader = xmlReaderForMemory(copy, Int32(data.count), nil, nil, options) else {
            copy.deallocate()
            return nil
        }
        self.reader = reader
        xmlTextReaderSetErrorHandler(
            reader,
            { context, message, _, _ in
                guard let context, let message else { return }
                let owner = Unmanaged<XMLStreamReader>.fromOpaque(context).takeUnretainedValue()
                if owner.errorMessage == nil {
                    owner.errorMessage = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// The next node, `nil` at the end of the document.
    func next() throws(ParseError) -> Node? {
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            if status < 0 { throw ParseError(message: errorMessage ?? "malformed XML") }
            switch Int32(xmlTextReaderNodeType(reader)) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                return .start(
                    name: string(xmlTextReaderConstLocalName(reader)),
                    namespace: string(xmlTextReaderConstNamespaceUri(reader)),
                    isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(
                    name: string(xmlTextReaderConstLocalName(reader)),
                    namespace: string(xmlTextReaderConstNamespaceUri(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            default:
                continue
            }
        }
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
