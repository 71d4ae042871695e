import AtlasCore
import Foundation
import Testing

struct ExtractionConfigTests {
    @Test func theShippedFileLoadsAndOverridesDefaults() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("pipeline/extraction.yaml")
        let config = try ExtractionConfig.load(from: url)
        #expect(config.limits.maxPages > 0)
        #expect(config.workers.timeoutSeconds > 0)
    }

    @Test func valuesAreRead() throws {
        let config = try ExtractionConfig.parse(
            """
            limits:
              max_file_mb: 10
              max_pages: 50
              max_uncompressed_mb: 20
              max_compression_ratio: 30
              max_xml_depth: 64
            workers:
              jobs: 3
              timeout_seconds: 2.5
              memory_limit_mb: 512
              recycle_after: 7
            """)
        #expect(config.limits.maxFileBytes == 10 * 1_048_576)
        #expect(config.limits.maxPages == 50)
        #expect(config.limits.maxUncompressedBytes == 20 * 1_048_576)
        #expect(config.limits.maxCompressionRatio == 30)
        #expect(config.limits.maxXMLDepth == 64)
        #expect(config.workers.jobs == 3 && config.workers.effectiveJobs == 3)
        #expect(config.workers.timeoutSeconds == 2.5)
        #expect(config.workers.memoryLimitBytes == 512 * 1_048_576)
        #expect(config.workers.recycleAfter == 7)
    }

    @Test func anEmptyFileKeepsTheDefaults() throws {
        #expect(try ExtractionConfig.parse("") == ExtractionConfig())
        #expect(try ExtractionConfig.parse("workers:\n  jobs: 0").workers.effectiveJobs >= 1)
    }

    @Test(arguments: [
        ("limits:\n  max_pagez: 3", "unknown key `limits.max_pagez`"),
        ("limits:\n  max_pages: 0", "`limits.max_pages` must be a whole number"),
        ("limits:\n  max_pages: lots", "`limits.max_pages` must be a number"),
        ("workers:\n  timeout_seconds: -1", "`workers.timeout_seconds` must be greater than 0"),
        ("workers: 3", "`workers` must be a mapping"),
        ("- a\n- b", "must be a mapping with"),
        ("limits: [unclosed", "is not valid YAML"),
    ])
    func brokenFilesAreErrorsThatNameTheKey(yaml: String, message: String) {
        #expect {
            try ExtractionConfig.parse(yaml, file: "broken.yaml")
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("broken.yaml: ") && description.contains(message)
        }
    }
}
