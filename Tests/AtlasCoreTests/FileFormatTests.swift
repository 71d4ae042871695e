import AtlasCore
import Testing

struct FileFormatTests {
    @Test func recognisesByMagicBytes() {
        #expect(FileFormat.sniff(Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(FileFormat.sniff([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]) == .zip)
        #expect(FileFormat.sniff([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00]) == .ole2)
        #expect(FileFormat.sniff([UInt8]()) == .empty)
        #expect(FileFormat.sniff(Array("Hello, world".utf8)) == .unknown)
    }

    @Test func findsAPDFHeaderAfterLeadingJunk() {
        let bytes = Array(repeating: UInt8(0x20), count: 100) + Array("%PDF-1.4".utf8)
        #expect(FileFormat.sniff(bytes) == .pdf)
    }
}
