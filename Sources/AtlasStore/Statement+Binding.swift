import GRDB

extension Statement {
    /// Runs this statement with these values: checks them against its placeholders, binds copies of
    /// them one after another, then steps. For the inserts of an ingest, where a document brings
    /// hundreds of rows, this is cheaper than `execute(arguments:)`, which binds each value inside a
    /// closure of its own (nested as deep as there are values).
    func execute(binding values: StatementArguments) throws {
        try setArguments(values)
        try execute()
    }
}
