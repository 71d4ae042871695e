import AtlasCore
import Foundation

/// `docProps/core.xml` (title, creator, subject, keywords, description, language, dates) and
/// `docProps/app.xml` (the application, company and the page count it last saw).
enum CoreProperties {
    private static let coreKeys: [String: String] = [
        "title": "title", "creator": "author", "subject": "subject", "keywords": "keywords",
        "description": "description", "language": "language", "category": "category",
        "created": "created", "modified": "modified", "lastModifiedBy": "lastModifiedBy", "revision": "revision",
    ]
    private static let applicationKeys: [String: String] = [
        "Application": "application", "Company": "company", "Pages": "pages", "Words": "words",
    ]

    static func read(_ xml: Data) throws -> [String: String] {
        try read(xml, keys: coreKeys)
    }

    static func readApplication(_ xml: Data) throws -> [String: String] {
        try read(xml, keys: applicationKeys)
    }

    private static func read(_ xml: Data, keys: [String: String]) throws -> [String: String] {
        guard let reader = XMLStreamReader(xml, maxDepth: 32) else { return [:] }
        var metadata: [String: String] = [:]
        var current: String?
        var value = ""
        while let node = try reader.next() {
            switch node {
            case .start(let name, _, _):
                current = keys[name]
                value = ""
            case .text(let text):
                if current != nil { value += text }
            case .end:
                if let key = current {
                    let normalized = TextNormalizer.line(value)
                    if !normalized.isEmpty { metadata[key] = normalized }
                }
                current = nil
            }
        }
        return metadata
    }
}
