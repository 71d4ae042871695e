import ArgumentParser
import AtlasStore
import Foundation

/// An error for the person at the terminal, on standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("dpiatlas: " + message + "\n").utf8))
}

/// JSON as every command prints it: indented, keys sorted (so output can be diffed), slashes plain.
func prettyJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Opens an existing database for reading, or says why not and stops with exit code 1.
func openStoreForReading(_ path: String) throws -> AtlasStore {
    guard FileManager.default.fileExists(atPath: path) else {
        printError("no database at \(path): run dpiatlas ingest first")
        throw AtlasExit.runFailed
    }
    do {
        return try AtlasStore(readOnlyPath: path)
    } catch {
        printError("\(error)")
        throw AtlasExit.runFailed
    }
}
