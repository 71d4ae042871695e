import AtlasCore
import AtlasExtract
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side of extraction: `dpiatlas worker` reads requests on standard input and answers
/// on standard output until its input closes. It extracts one document at a time on its main
/// thread, so no other thread ever holds a poppler object when it exits.
public enum ExtractionWorker {
    /// Serves requests until standard input closes; returns the exit status.
    /// With `classification`, documents a request asks to analyse are also classified.
    public static func serve(
        allowFaults: Bool = false, memoryLimitBytes: Int? = nil, classification: ClassificationSetup? = nil
    ) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        // Ctrl-C reaches the whole process group: the supervisor decides when its workers stop
        // (it closes their input, or kills them), so an interrupted run records no false crashes.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        dieWithParent()
        if let memoryLimitBytes {
            // A backstop behind the supervisor's watch on resident memory: address space well above it.
            let bytes = rlim_t(memoryLimitBytes) * 2 + rlim_t(2 << 30)
            var limit = rlimit(rlim_cur: bytes, rlim_max: bytes)
            #if os(Linux)
            _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
            #else
            _ = setrlimit(RLIMIT_AS, &limit)
            #endif
        }
        var buffer: [UInt8] = []
        var start = 0
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let frame: Data?
            do {
                frame = try WorkerProtocol.takeFrame(from: &buffer, start: &start)
            } catch {
                return 3
            }
            guard let frame else {
                let count = chunk.withUnsafeMutableBufferPointer { read(0, $0.baseAddress, $0.count) }
                if count == 0 { return 0 }
                if count < 0 {
                    if errno == EINTR { continue }
                    return 3
                }
                buffer.append(contentsOf: chunk[0..<count])
                continue
            }
            guard let request = try? JSONDecoder().decode(WorkerProtocol.Request.self, from: frame) else { return 3 }
            guard send(WorkerProtocol.Reply(id: request.id, kind: .started)) else { return 0 }
            if allowFaults, let fault = request.fault { commit(fault) }
            let reply: WorkerProtocol.Reply
            switch Extractor.extract(contentsOf: URL(fileURLWithPath: request.path), limits: request.limits) {
            case .success(let document):
                let analysis =
                    request.analyze == true
                    ? DocumentAnalysis.analyze(
                        fileName: URL(fileURLWithPath: request.path).lastPathComponent, document,
                        classification: classification) : nil
                reply = WorkerProtocol.Reply(id: request.id, kind: .finished, document: document, analysis: analysis)
            case .failure(let failure):
                reply = WorkerProtocol.Reply(id: request.id, kind: .finished, failure: failure)
            }
            guard send(reply) else { return 0 }
        }
    }

    /// Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`: the worker dies with the supervisor, even while stuck
    /// in a C library. (`prctl` is variadic, so Swift reaches it through `dlsym`.)
    private static func dieWithParent() {
        #if os(Linux)
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return }
        let prctl = unsafeBitCast(symbol, to: Prctl.self)
        let setParentDeathSignal: Int32 = 1
        _ = prctl(setParentDeathSignal, UInt(SIGKILL), 0, 0, 0)
        #endif
    }

    private static func send(_ reply: WorkerProtocol.Reply) -> Bool {
        guard let frame = try? reply.frame() else { return false }
        return WorkerProtocol.writeAll(frame, to: 1)
    }

    private static func commit(_ fault: WorkerFault) {
        switch fault {
        case .crash:
            raise(SIGSEGV)
        case .hang:
            while true { sleep(60) }
        case .allocate:
            var blocks: [UnsafeMutableRawPointer] = []
            while true {
                guard let block = malloc(16 << 20) else { break }
                memset(block, 1, 16 << 20)
                blocks.append(block)
            }
            raise(SIGKILL)
        }
    }
}
