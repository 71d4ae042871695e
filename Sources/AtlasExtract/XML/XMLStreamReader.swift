import CLibXML2
import Foundation

/// A pull parser over an XML document in memory (libxml2's `xmlTextReader`), configured for
/// untrusted input: no network, no entity substitution, no DTD loading, no "huge" documents, and
/// no document type declaration at all (OOXML forbids them; refusing them stops billion-laughs and
/// external-entity attacks before any entity is read). Nesting deeper than `maxDepth` is refused.
/// Not `Sendable`: made, read and freed inside one task.
final class XMLStreamReader {
    enum Node {
        case start(name: String, namespace: String, isEmpty: Bool)
        case end(name: String, namespace: String)
        case text(String)
    }

    struct ParseError: Error {
        enum Kind {
            case malformed
            /// Nested deeper than the limit.
            case tooDeep
            /// A `<!DOCTYPE …>`: entity declarations are where XML attacks live.
            case documentType
        }

        var kind: Kind
        var message: String
    }

    private let reader: OpaquePointer
    private let buffer: UnsafeMutablePointer<CChar>
    private let maxDepth: Int
    private var errorMessage: String?
    /// Names and namespaces come from the reader's dictionary: one `String` per distinct pointer.
    private var names: [UnsafeRawPointer: String] = [:]

    private static let initialize: Void = { xmlInitParser() }()

    init?(_ data: Data, maxDepth: Int = 200) {
        _ = Self.initialize
        self.maxDepth = maxDepth
        // The reader does not copy its input: keep our own stable copy for its lifetime.
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: max(data.count, 1))
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                copy.update(from: base.assumingMemoryBound(to: CChar.self), count: raw.count)
            }
        }
        buffer = copy
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_COMPACT.rawValue)
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
            if status < 0 {
                let message = errorMessage ?? "malformed XML"
                throw ParseError(kind: message.contains("Excessive depth") ? .tooDeep : .malformed, message: message)
            }
            switch Int32(xmlTextReaderNodeType(reader)) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let depth = Int(xmlTextReaderDepth(reader))
                if depth > maxDepth {
                    throw ParseError(kind: .tooDeep, message: "elements nested deeper than \(maxDepth)")
                }
                return .start(
                    name: interned(xmlTextReaderConstLocalName(reader)),
                    namespace: interned(xmlTextReaderConstNamespaceUri(reader)),
                    isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(
                    name: interned(xmlTextReaderConstLocalName(reader)),
                    namespace: interned(xmlTextReaderConstNamespaceUri(reader)))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(string(xmlTextReaderConstValue(reader)))
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw ParseError(kind: .documentType, message: "a document type declaration (DTD) is not allowed")
            default:
                continue
            }
        }
    }

    /// An attribute of the element just returned by `next()`, by local name (`val` for `w:val`).
    func attribute(_ localName: String) -> String? {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        var status = xmlTextReaderMoveToFirstAttribute(reader)
        while status == 1 {
            if interned(xmlTextReaderConstLocalName(reader)) == localName {
                return string(xmlTextReaderConstValue(reader))
            }
            status = xmlTextReaderMoveToNextAttribute(reader)
        }
        return nil
    }

    /// Skips the children of the element just returned by `next()`, and its end.
    func skipElement() throws(ParseError) {
        guard xmlTextReaderIsEmptyElement(reader) == 0 else { return }
        let depth = xmlTextReaderDepth(reader)
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return }
            if status < 0 { throw ParseError(kind: .malformed, message: errorMessage ?? "malformed XML") }
            if xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_END_ELEMENT.rawValue),
                xmlTextReaderDepth(reader) == depth
            {
                return
            }
        }
    }

    private func interned(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let key = UnsafeRawPointer(pointer)
        if let known = names[key],
            known.withCString({ strcmp($0, UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)) }) == 0
        {
            return known
        }
        let name = String(cString: pointer)
        names[key] = name
        return name
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
