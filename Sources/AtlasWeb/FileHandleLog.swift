import Foundation

/// Server messages for the operator, on standard error.
enum FileHandleLog {
    static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
