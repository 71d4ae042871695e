import AtlasCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the supervisor and its worker processes say to each other over pipes: length-prefixed
/// frames (a 4-byte big-endian length, then the payload). The supervisor writes requests (JSON) to
/// the worker's standard input; the worker answers on its standard output, first `started`, then
/// `finished` with the document (in `DocumentWire` form) or the failure (JSON).
public enum WorkerProtocol {
    /// A frame larger than this is a broken stream, not a message.
    static let maximumFrame = 1 << 30

    public struct Request: Codable, Sendable {
        public var id: Int
        public var path: String
        public var limits: ExtractionLimits
        /// Also segment, recognise and classify the document (`DocumentAnalysis`).
        public var analyze: Bool?
        /// For tests of the supervisor only; honoured by workers started with `--allow-faults`.
        public var fault: WorkerFault?
    }

    public struct Reply: Sendable {
        public enum Kind: UInt8, Sendable {
            case started, finished
        }

        public var id: Int
        public var kind: Kind
        public var document: ExtractedDocument?
        public var analysis: DocumentAnalysis?
        public var failure: ExtractionFailure?

        /// A reply frame: kind (0 started, 1 document, 2 failure, 3 document and analysis), the job id,
        /// then the payload. Kind 3's payload is the document's length (4 bytes, big-endian), the
        /// document, then the analysis (`DocumentWire` both).
        func frame() throws -> [UInt8] {
            let code: UInt8 = kind == .started ? 0 : document == nil ? 2 : analysis == nil ? 1 : 3
            var payload: [UInt8] = [code]
            let id = UInt64(bitPattern: Int64(self.id))
            for shift in stride(from: 56, through: 0, by: -8) { payload.append(UInt8((id >> UInt64(shift)) & 0xFF)) }
            if let document, let analysis {
                let wire = try DocumentWire.encode(document)
                payload.append(contentsOf: WorkerProtocol.frame(wire))
                payload.append(contentsOf: try DocumentWire.encode(analysis))
            } else if let document {
                payload.append(contentsOf: try DocumentWire.encode(document))
            } else if let failure {
                payload.append(contentsOf: try JSONEncoder().encode(failure))
            }
            return WorkerProtocol.frame(payload)
        }

        init(
            id: Int, kind: Kind, document: ExtractedDocument? = nil, analysis: DocumentAnalysis? = nil,
            failure: ExtractionFailure? = nil
        ) {
            self.id = id
            self.kind = kind
            self.document = document
            self.analysis = analysis
            self.failure = failure
        }

        init(frame: Data) throws {
            guard frame.count >= 9 else { throw DocumentWire.DecodingError() }
            let bytes = [UInt8](frame.prefix(9))
            id = Int(Int64(bitPattern: bytes[1...8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }))
            let payload = frame.dropFirst(9)
            switch bytes[0] {
            case 0: kind = .started
            case 1:
                kind = .finished
                document = try DocumentWire.decode(Data(payload))
            case 2:
                kind = .finished
                failure = try JSONDecoder().decode(ExtractionFailure.self, from: Data(payload))
            case 3:
                kind = .finished
                var bytes = [UInt8](payload)
                var start = 0
                guard let wire = try WorkerProtocol.takeFrame(from: &bytes, start: &start) else {
                    throw DocumentWire.DecodingError()
                }
                document = try DocumentWire.decode(wire)
                analysis = try DocumentWire.decodeAnalysis(Data(bytes[start...]))
            default: throw DocumentWire.DecodingError()
            }
        }
    }

    static func frame(_ payload: [UInt8]) -> [UInt8] {
        let length = UInt32(payload.count)
        var frame: [UInt8] = [
            UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF),
        ]
        frame.reserveCapacity(payload.count + 4)
        frame.append(contentsOf: payload)
        return frame
    }

    static func encode<Message: Encodable>(_ message: Message) throws -> [UInt8] {
        frame(Array(try JSONEncoder().encode(message)))
    }

    /// Takes one complete frame off the front of `buffer`, or returns `nil` when it is not all there yet.
    static func takeFrame(from buffer: inout [UInt8], start: inout Int) throws -> Data? {
        let available = buffer.count - start
        guard available >= 4 else { return nil }
        let length =
            Int(buffer[start]) << 24 | Int(buffer[start + 1]) << 16 | Int(buffer[start + 2]) << 8
            | Int(buffer[start + 3])
        guard length <= maximumFrame else { throw FrameError.tooLarge(length) }
        guard available >= 4 + length else { return nil }
        let frame = Data(buffer[(start + 4)..<(start + 4 + length)])
        start += 4 + length
        if start > 1 << 20 || start == buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        return frame
    }

    enum FrameError: Error {
        case tooLarge(Int)
    }

    /// Writes all bytes to a file descriptor; `false` when the other end is gone.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}

/// Faults a test can ask a worker to commit, to prove the supervisor survives them.
public enum WorkerFault: String, Codable, Sendable {
    /// Dies of a segmentation fault, as a crash in poppler or libxml2 would.
    case crash
    /// Never answers, as a hang in a C library would.
    case hang
    /// Allocates memory until it is stopped.
    case allocate
}
