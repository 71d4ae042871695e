import Foundation
import Testing

/// A fixture file by name. A missing fixture fails the test; it never skips it.
func fixture(_ name: String) throws -> Data {
    let url = try #require(
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
        "missing fixture \(name): run Tests/AtlasExtractTests/Fixtures/make-fixtures.sh")
    return try Data(contentsOf: url)
}
