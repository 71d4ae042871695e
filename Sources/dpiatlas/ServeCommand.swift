import ArgumentParser
import AtlasStore
import AtlasWeb
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the corpus read-only in a browser: search, documents, topics, the gap matrix, a JSON API.",
        discussion: """
            The database is opened read-only. The server listens on loopback (127.0.0.1) unless --host \
            says otherwise. Stop it with Ctrl-C.
            """
    )

    @Option(name: .long, help: "The SQLite database to read.")
    var db = "output/atlas.sqlite"

    @Option(name: .long, help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(name: .long, help: "The most seconds one request may spend in the database (1 to 60).")
    var timeLimit = 5

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...60).contains(timeLimit) else { throw ValidationError("--time-limit must be between 1 and 60") }
        guard !host.isEmpty else { throw ValidationError("--host must name an address") }
    }

    func run() async throws {
        let store = try openStoreForReading(db)
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            printError("warning: listening on \(host), not only on this machine")
        }
        let host = self.host
        do {
            try await WebServer.serve(
                store: store, host: host, port: port, timeLimit: .seconds(timeLimit),
                onRunning: { port in
                    let address = host.contains(":") ? "[\(host)]" : host
                    FileHandle.standardError.write(Data("dpiatlas: serving http://\(address):\(port)/\n".utf8))
                })
        } catch {
            // The address in use, a host that does not resolve, …
            printError("\(error)")
            throw AtlasExit.runFailed
        }
    }
}
