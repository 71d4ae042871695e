import AtlasCore
import Foundation
import GRDB

extension AtlasStore {
    /// The gap matrix from the `gap_matrix`, `gap_cell`, `category_coverage` and `repository_item` views.
    public func gapReport() throws -> GapReport {
        try pool.read { db in
            let matrix = try Row.fetchAll(db, sql: "SELECT * FROM gap_matrix ORDER BY position, study_group_id")
            let studyGroups = Self.sortedStudyGroups(Set(matrix.map { $0["study_group_id"] as String }))
            var cells: [String: [String: GapCell]] = [:]
            for row in matrix {
                let category: String = row["category_id"]
                let group: String = row["study_group_id"]
                cells[category, default: [:]][group] = GapCell(
                    studyGroup: group, recommendations: row["recommendations"],
                    workInProgress: row["work_in_progress"], informative: row["informative"],
                    documents: row["documents"], newestDate: row["newest_date"], expected: row["expected"],
                    gap: row["gap"])
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT dc.category_id, g.study_group_id, d.id FROM document_category dc
                    JOIN document d ON d.id = dc.document_id JOIN document_study_group g ON g.document_id = d.id
                    ORDER BY d.date DESC, d.id
                    """)
            {
                let category: String = row["category_id"]
                let group: String = row["study_group_id"]
                cells[category]?[group]?.documentIDs.append(row["id"])
            }
            let issues = Dictionary(
                grouping: try Self.repositoryEntries(db, type: "gap"), by: \.category)
            var rows: [String: GapRow] = [:]
            let coverage = try Row.fetchAll(db, sql: "SELECT * FROM category_coverage ORDER BY position")
            for row in coverage {
                let id: String = row["category_id"]
                rows[id] = GapRow(
                    id: id, label: row["label"],
                    cells: studyGroups.map { cells[id]?[$0] ?? Self.emptyCell($0) },
                    recommendations: row["recommendations"], workInProgress: row["work_in_progress"],
                    informative: row["informative"], documents: row["documents"], newestDate: row["newest_date"],
                    issues: issues[id] ?? [])
            }
            let topics = coverage.filter { ($0["parent_id"] as String?) == nil }.map { topic -> GapRow in
                let id: String = topic["category_id"]
                var row = rows[id]!
                row.subtopics = coverage.filter { ($0["parent_id"] as String?) == id }.compactMap {
                    rows[$0["category_id"] as String]
                }
                return row
            }
            var linked = Set<String>()
            for row in topics + topics.flatMap(\.subtopics) {
                for cell in row.cells { linked.formUnion(cell.documentIDs) }
                for issue in row.issues { linked.insert(issue.documentID) }
            }
            return GapReport(
                studyGroups: studyGroups, topics: topics, documents: try Self.summaries(db, ids: linked))
        }
    }

    /// The repository from the `repository_item` view, grouped by topic and subtopic.
    public func repositoryReport() throws -> RepositoryReport {
        try pool.read { db in
            let entries = Dictionary(grouping: try Self.repositoryEntries(db, type: nil), by: \.category)
            let categories = try Row.fetchAll(db, sql: "SELECT id, parent_id, label FROM category ORDER BY position")
            let topics = categories.filter { ($0["parent_id"] as String?) == nil }.map { topic in
                let id: String = topic["id"]
                return RepositoryReport.Topic(
                    id: id, label: topic["label"], entries: entries[id] ?? [],
                    subtopics: categories.filter { ($0["parent_id"] as String?) == id }.map {
                        RepositoryReport.Topic(
                            id: $0["id"], label: $0["label"], entries: entries[$0["id"] as String] ?? [])
                    })
            }
            let linked = Set(entries.values.flatMap { $0.map(\.documentID) })
            return RepositoryReport(topics: topics, documents: try Self.summaries(db, ids: linked))
        }
    }

    /// GovStack building blocks from the `building_block_coverage` view.
    public func coverageReport() throws -> CoverageReport {
        try pool.read { db in
            let blocks = try Row.fetchAll(db, sql: "SELECT id, name FROM building_block ORDER BY name")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT building_block_id, document_id, via_categories FROM building_block_coverage
                    ORDER BY building_block_id, kind = 'recommendation' DESC, date DESC, document_id
                    """)
            let byBlock = Dictionary(grouping: rows, by: { $0["building_block_id"] as String })
            let report = blocks.map { block -> CoverageReport.Block in
                let id: String = block["id"]
                let documents = byBlock[id] ?? []
                var via: [String: [String]] = [:]
                for row in documents {
                    via[row["document_id"]] = (row["via_categories"] as String).split(separator: ",").map(String.init)
                        .sorted()
                }
                return CoverageReport.Block(
                    id: id, name: block["name"], documentIDs: documents.map { $0["document_id"] }, via: via)
            }
            let linked = Set(report.flatMap(\.documentIDs))
            return CoverageReport(blocks: report, documents: try Self.summaries(db, ids: linked))
        }
    }

    static func repositoryEntries(_ db: Database, type: String?, category: String? = nil) throws -> [RepositoryEntry] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM repository_item WHERE (:type IS NULL OR item_type = :type)
                    AND (:category IS NULL OR category_id = :category)
                ORDER BY category_id, item_type, date DESC, identifier, document_id, ordinal
                """, arguments: ["type": type, "category": category]
        ).map { row in
            RepositoryEntry(
                category: row["category_id"], filedBy: row["filed_by"], type: row["item_type"],
                passageID: row["passage_id"], documentID: row["document_id"], section: row["section"],
                heading: row["heading"], page: row["page"], text: row["text"],
                studyGroups: ((row["study_groups"] as String?) ?? "").split(separator: ",").map(String.init))
        }
    }

    static func summaries(_ db: Database, ids: Set<String>) throws -> [DocumentSummary] {
        guard !ids.isEmpty else { return [] }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT d.*, (SELECT group_concat(study_group_id, ',') FROM (
                    SELECT study_group_id FROM document_study_group WHERE document_id = d.id ORDER BY 1)) AS groups
                FROM document d WHERE d.id IN (SELECT value FROM json_each(?))
                ORDER BY d.identifier, d.edition, d.part, d.id
                """, arguments: [try JSONEncoder.sorted.string(ids.sorted())]
        ).map { row in
            DocumentSummary(
                id: row["id"], kind: row["kind"], identifier: row["identifier"], edition: row["edition"],
                part: row["part"], status: row["status"], title: row["title"], date: row["date"],
                language: row["language"], path: row["path"],
                studyGroups: ((row["groups"] as String?) ?? "").split(separator: ",").map(String.init))
        }
    }

    private static func emptyCell(_ group: String) -> GapCell {
        GapCell(
            studyGroup: group, recommendations: 0, workInProgress: 0, informative: 0, documents: 0, newestDate: nil,
            expected: false, gap: false)
    }

    /// SG2, SG3, …, SG21, then TSAG: numeric order, not text order.
    static func sortedStudyGroups(_ groups: Set<String>) -> [String] {
        groups.sorted { left, right in
            let a = Int(left.dropFirst(2)) ?? Int.max
            let b = Int(right.dropFirst(2)) ?? Int.max
            return a != b ? a < b : left < right
        }
    }
}
