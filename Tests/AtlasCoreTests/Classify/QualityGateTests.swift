import AtlasCore
import Testing

struct QualityGateTests {
    @Test func theCommittedGateLoads() throws {
        let gate = try QualityGate.load(path: Repository.root.appendingPathComponent("pipeline/quality.yaml").path)
        #expect(gate.part == .heldOut)
        #expect(gate.topLevelMicroF1 >= 0.85)
        #expect(gate.combinedAheadOfParts)
    }

    @Test func unknownKeysNameTheirLine() {
        #expect(throws: ConfigurationError.self) {
            try QualityGate.load(yaml: "minimum:\n  top_level_micro: 0.8\n")
        }
    }
}
