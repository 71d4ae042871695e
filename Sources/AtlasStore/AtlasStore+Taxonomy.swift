import AtlasCore
import Foundation
import GRDB

/// A taxonomy node as the store keeps it.
public struct CategoryRecord: Sendable, Hashable, Codable {
    public var id: String
    public var parentID: String?
    public var label: String
    public var labels: [String: String]
    public var definition: String?
    /// Study groups expected to work on it: `SG17`.
    public var studyGroups: [String]
    /// GovStack building-block ids.
    public var buildingBlocks: [String]

    public init(
        id: String, parentID: String?, label: String, labels: [String: String] = [:], definition: String? = nil,
        studyGroups: [String] = [], buildingBlocks: [String] = []
    ) {
        self.id = id
        self.parentID = parentID
        self.label = label
        self.labels = labels
        self.definition = definition
        self.studyGroups = studyGroups
        self.buildingBlocks = buildingBlocks
    }
}

/// A GovStack building block.
public struct BuildingBlockRecord: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var status: String?

    public init(id: String, name: String, status: String? = nil) {
        self.id = id
        self.name = name
        self.status = status
    }
}

extension AtlasStore {
    /// Replaces the stored taxonomy (categories in file order, parents before children).
    public func replaceTaxonomy(_ categories: [CategoryRecord], buildingBlocks: [BuildingBlockRecord]) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM category_building_block")
            try db.execute(sql: "DELETE FROM category_study_group")
            try db.execute(sql: "DELETE FROM building_block")
            // Children first, so no parent is deleted while a child points at it.
            try db.execute(sql: "DELETE FROM category WHERE parent_id IS NOT NULL")
            try db.execute(sql: "DELETE FROM category")
            for block in buildingBlocks {
                try db.execute(
                    sql: "INSERT INTO building_block (id, name, status) VALUES (?, ?, ?)",
                    arguments: [block.id, block.name, block.status])
            }
            for (position, category) in categories.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO category (id, parent_id, position, label, labels, definition)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        category.id, category.parentID, position, category.label,
                        try JSONEncoder.sorted.string(category.labels), category.definition,
                    ])
                for group in category.studyGroups {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO category_study_group (category_id, study_group_id) VALUES (?, ?)",
                        arguments: [category.id, group])
                }
                for block in category.buildingBlocks {
                    try db.execute(
                        sql: """
                            INSERT OR IGNORE INTO category_building_block (category_id, building_block_id)
                            SELECT ?, id FROM building_block WHERE id = ?
                            """, arguments: [category.id, block])
                }
            }
        }
    }

    public func categories() throws -> [CategoryRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM category ORDER BY position").map { row in
                let id: String = row["id"]
                return CategoryRecord(
                    id: id, parentID: row["parent_id"], label: row["label"],
                    labels: (try? JSONDecoder().decode(
                        [String: String].self, from: Data((row["labels"] as String).utf8)))
                        ?? [:],
                    definition: row["definition"],
                    studyGroups: try String.fetchAll(
                        db, sql: "SELECT study_group_id FROM category_study_group WHERE category_id = ? ORDER BY 1",
                        arguments: [id]),
                    buildingBlocks: try String.fetchAll(
                        db,
                        sql: "SELECT building_block_id FROM category_building_block WHERE category_id = ? ORDER BY 1",
                        arguments: [id]))
            }
        }
    }
}
