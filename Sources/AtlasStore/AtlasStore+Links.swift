import AtlasCore
import Foundation
import GRDB

/// What linking found over the whole store.
public struct LinkSummary: Sendable, Hashable, Codable {
    public var references = 0
    public var resolved = 0
    public var links: [String: Int] = [:]

    public init() {}
}

extension AtlasStore {
    /// Links the corpus after a load: resolves references to the stored documents they name, and
    /// recomputes editions, amendments, corrigenda, supplements and translations. It runs over the
    /// whole store, so a Recommendation ingested later resolves the references that were waiting for it.
    @discardableResult
    public func link() throws -> LinkSummary {
        try pool.write { db in
            try db.execute(sql: Self.citableNames)
            try db.execute(sql: Self.resolveReferences)
            try db.execute(sql: "DROP TABLE temp.citable_name")
            try db.execute(sql: "DELETE FROM document_link")
            try db.execute(sql: Self.linkEditions)
            try db.execute(sql: Self.linkParts)
            try db.execute(sql: Self.linkTranslations)
            var summary = LinkSummary()
            summary.references = try Int.fetchOne(db, sql: "SELECT count(*) FROM reference") ?? 0
            summary.resolved =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM reference WHERE resolved_document_id IS NOT NULL") ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT relation, count(*) AS n FROM document_link GROUP BY relation")
            {
                summary.links[row["relation"]] = row["n"]
            }
            return summary
        }
    }

    /// Every name a stored document can be cited by: `ITU-T X.1281`, `ITU-T X.1281 Amd 1`,
    /// `ITU-T Y.Sup85`, either half of a paired number (`ITU-T Y.4901` for Y.4901/L.1601), or a
    /// contribution or TD by its full number (`T25-SG17-C-0123`); indexed, so that resolving a
    /// reference is a lookup rather than a scan of the documents.
    private static let citableNames = """
        CREATE TEMP TABLE citable_name (name TEXT NOT NULL, document_id TEXT NOT NULL);
        INSERT INTO citable_name (name, document_id)
            SELECT name, id FROM (
                SELECT 'ITU-T ' || identifier || \(partSuffix) AS name, id FROM document
                UNION SELECT identifier, id FROM document
                UNION SELECT 'ITU-T ' || substr(identifier, 1, instr(identifier, '/') - 1) || \(partSuffix), id
                    FROM document WHERE instr(identifier, '/') > 0
                UNION SELECT 'ITU-T ' || substr(identifier, instr(identifier, '/') + 1) || \(partSuffix), id
                    FROM document WHERE instr(identifier, '/') > 0)
            WHERE name IS NOT NULL;
        CREATE INDEX temp.citable_name_by_name ON citable_name (name);
        """

    /// ` Amd 1` after the identifier of a part; nothing for a Supplement (`Y.Sup85`) or a base text.
    private static let partSuffix = "CASE WHEN part IS NULL OR kind = 'supplement' THEN '' ELSE ' ' || part END"

    /// The edition cited wins (`09/2019`, or a year: `2019`), else the newest in force, else the
    /// newest; English before translations.
    private static let resolveReferences = """
        UPDATE reference SET resolved_document_id = coalesce(
            (SELECT d.id FROM document d
                WHERE d.id IN (SELECT document_id FROM citable_name WHERE name = reference.cited)
                    AND d.id <> reference.document_id
                    AND (d.edition = reference.edition OR substr(d.edition, 4) = reference.edition)
                ORDER BY d.language = 'en' DESC, d.id
                LIMIT 1),
            (SELECT d.id FROM document d
                WHERE d.id IN (SELECT document_id FROM citable_name WHERE name = reference.cited)
                    AND d.id <> reference.document_id
                ORDER BY d.status = 'in-force' DESC, \(order("d")) DESC, d.language = 'en' DESC, d.id
                LIMIT 1))
        WHERE kind IN ('itu-t', 'itu-document')
        """

    /// Each edition of a Recommendation supersedes the one before it (same identifier, no part).
    private static let linkEditions = """
        INSERT OR IGNORE INTO document_link (from_document_id, to_document_id, relation)
        SELECT newer.id, older.id, 'supersedes'
        FROM document newer JOIN document older
            ON newer.identifier = older.identifier AND newer.part IS NULL AND older.part IS NULL
            AND newer.kind = 'recommendation' AND older.kind = 'recommendation'
            AND coalesce(newer.language, '') = coalesce(older.language, '')
            AND \(order("newer"))
                > \(order("older"))
        WHERE NOT EXISTS (
            SELECT 1 FROM document between_them
            WHERE between_them.identifier = newer.identifier AND between_them.part IS NULL
                AND between_them.kind = 'recommendation'
                AND coalesce(between_them.language, '') = coalesce(newer.language, '')
                AND \(order("between_them"))
                    > \(order("older"))
                AND \(order("between_them"))
                    < \(order("newer")))
        """

    /// Amendments, corrigenda, errata and supplements link to the newest base edition not newer than they are.
    private static let linkParts = """
        INSERT OR IGNORE INTO document_link (from_document_id, to_document_id, relation)
        SELECT piece.id,
            coalesce(
                (SELECT base.id FROM document base
                    WHERE base.identifier = piece.identifier AND base.part IS NULL AND base.kind = 'recommendation'
                        AND \(order("base")) <= \(order("piece"))
                    ORDER BY \(order("base")) DESC, base.language = 'en' DESC, base.id
                    LIMIT 1),
                (SELECT base.id FROM document base
                    WHERE base.identifier = piece.identifier AND base.part IS NULL AND base.kind = 'recommendation'
                    ORDER BY \(order("base")), base.language = 'en' DESC, base.id
                    LIMIT 1)),
            CASE piece.kind WHEN 'amendment' THEN 'amends' WHEN 'supplement' THEN 'supplements' ELSE 'corrects' END
        FROM document piece
        WHERE piece.kind IN ('amendment', 'corrigendum', 'erratum', 'supplement') AND piece.identifier IS NOT NULL
            AND EXISTS (
                SELECT 1 FROM document base
                WHERE base.identifier = piece.identifier AND base.part IS NULL AND base.kind = 'recommendation')
        """

    /// The sortable `YYYYMM` of a table's `MM/YYYY` edition.
    private static func order(_ table: String) -> String {
        editionOrder.replacingOccurrences(of: "edition", with: "\(table).edition")
    }

    /// The same document (identifier, edition, part) in another language, both ways.
    private static let linkTranslations = """
        INSERT OR IGNORE INTO document_link (from_document_id, to_document_id, relation)
        SELECT a.id, b.id, 'translation-of'
        FROM document a JOIN document b
            ON a.identifier = b.identifier AND a.kind = b.kind
            AND a.edition IS b.edition AND a.part IS b.part
            AND a.language IS NOT NULL AND b.language IS NOT NULL AND a.language <> b.language
        """
}
