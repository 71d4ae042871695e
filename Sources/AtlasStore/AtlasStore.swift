import AtlasCore
import Foundation
import GRDB

/// The SQLite database of a corpus: one writer, many readers (WAL), foreign keys on, frozen migrations.
public final class AtlasStore: Sendable {
    let pool: DatabasePool

    /// Opens (creating when missing) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw StoreError(path: path, underlying: error)
        }
    }

    /// Opens an existing database read-only (for queries and reports); never migrates.
    public init(readOnlyPath path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError(path: path, underlying: error)
        }
    }

    /// The names of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try Self.migrator.appliedMigrations(db) }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }
}

/// A database that cannot be opened or migrated: this stops a run.
public struct StoreError: Error, CustomStringConvertible {
    public var path: String
    public var underlying: any Error

    public var description: String { "cannot use the database \(path): \(underlying)" }
}
