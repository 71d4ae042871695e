import AtlasCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One worker process and its pipes, driven by one supervisor thread. Spawned with `posix_spawn`
/// and close-on-exec pipes, so that no worker inherits another's pipes (a crash must show as the
/// end of its own output). Not `Sendable`: it belongs to the thread that drives it.
final class WorkerProcess {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var errorTail: [UInt8] = []
    private var errorsOpen = true
    private(set) var served = 0
    private var reaped = false
    private var inputOpen = true

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit {
        stop(grace: 2)
        close(output)
        close(errors)
    }

    struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Pipes are made and workers spawned under one lock: between `pipe` and `fcntl(FD_CLOEXEC)`
    /// no other thread of ours can start a process that would inherit them.
    private static let spawnLock = NSLock()

    static func spawn(executable: String, arguments: [String]) throws -> WorkerProcess {
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        var errorsFromChild: [Int32] = [0, 0]
        guard makePipe(&toChild), makePipe(&fromChild), makePipe(&errorsFromChild) else {
            throw SpawnError(description: "cannot make pipes: \(String(cString: strerror(errno)))")
        }
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorsFromChild[1], 2)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        // A crashing worker should die at once, not spend seconds printing a backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        close(errorsFromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            close(errorsFromChild[0])
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return WorkerProcess(pid: pid, input: toChild[1], output: fromChild[0], errors: errorsFromChild[0])
    }

    private static func makePipe(_ descriptors: inout [Int32]) -> Bool {
        guard pipe(&descriptors) == 0 else { return false }
        _ = fcntl(descriptors[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(descriptors[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// How one job ended, as this process saw it.
    enum Ending {
        case finished(WorkerProtocol.Reply)
        /// The process died; its status and the end of what it wrote on standard error.
        case died(String)
        case timedOut
        case overMemory(Int)
        /// The request could not be written (the process was already gone).
        case unreachable
    }

    /// Sends a request and waits for its answer, the process's death, the deadline or the memory limit.
    func run(
        _ request: WorkerProtocol.Request, timeout: Double, memoryLimit: Int, started: (pid_t) -> Void
    ) -> Ending {
        guard let frame = try? WorkerProtocol.encode(request), WorkerProtocol.writeAll(frame, to: input) else {
            return .unreachable
        }
        served += 1
        let deadline = Date().addingTimeInterval(timeout)
        var nextMemoryCheck = Date()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            // Answers already read.
            do {
                while let reply = try nextReply() {
                    if reply.id == request.id {
                        if reply.kind == .started {
                            started(pid)
                        } else {
                            return .finished(reply)
                        }
                    }
                }
            } catch {
                stop(grace: 0)
                return .died("it sent an unreadable reply (\(error))")
            }
            let now = Date()
            if now >= deadline {
                stop(grace: 0)
                return .timedOut
            }
            if now >= nextMemoryCheck {
                let resident = residentBytes()
                if resident > memoryLimit {
                    stop(grace: 0)
                    return .overMemory(resident)
                }
                nextMemoryCheck = now.addingTimeInterval(0.1)
            }
            let wait = Int32(max(1, min(100, deadline.timeIntervalSince(now) * 1000)))
            var descriptors = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
            if errorsOpen { descriptors.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                stop(grace: 0)
                return .died("poll failed: \(String(cString: strerror(errno)))")
            }
            if errorsOpen, descriptors[1].revents != 0 {
                let count = chunk.withUnsafeMutableBufferPointer { read(errors, $0.baseAddress, $0.count) }
                if count > 0 {
                    errorTail.append(contentsOf: chunk[0..<count])
                    if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
                } else if count == 0 {
                    errorsOpen = false
                }
            }
            if descriptors[0].revents != 0 {
                let count = chunk.withUnsafeMutableBufferPointer { read(output, $0.baseAddress, $0.count) }
                if count > 0 {
                    buffer.append(contentsOf: chunk[0..<count])
                } else if count == 0 || (count < 0 && errno != EINTR) {
                    // The worker closed its output: it is dead or dying.
                    drainErrors()
                    return .died(describe(waitForExit()))
                }
            }
        }
    }

    private func nextReply() throws -> WorkerProtocol.Reply? {
        guard let frame = try WorkerProtocol.takeFrame(from: &buffer, start: &start) else { return nil }
        return try WorkerProtocol.Reply(frame: frame)
    }

    /// Closes the worker's input (it exits when it sees the end) and waits; kills it after `grace` seconds.
    func stop(grace: Double) {
        guard !reaped else { return }
        closeInput()
        if grace > 0 {
            let deadline = Date().addingTimeInterval(grace)
            while Date() < deadline {
                var status: Int32 = 0
                if waitpid(pid, &status, WNOHANG) == pid {
                    reaped = true
                    return
                }
                usleep(5_000)
            }
        }
        kill(pid, SIGKILL)
        _ = waitForExit()
    }

    /// Reaps the process and returns its wait status.
    private func waitForExit() -> Int32 {
        if reaped { return 0 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        closeInput()
        return status
    }

    private func closeInput() {
        if inputOpen { close(input) }
        inputOpen = false
    }

    private func drainErrors() {
        guard errorsOpen else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        var descriptor = pollfd(fd: errors, events: Int16(POLLIN), revents: 0)
        while poll(&descriptor, 1, 50) > 0 {
            let count = chunk.withUnsafeMutableBufferPointer { read(errors, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            errorTail.append(contentsOf: chunk[0..<count])
        }
        if errorTail.count > 4096 { errorTail.removeFirst(errorTail.count - 4096) }
    }

    /// `killed by signal 11 (Segmentation fault)`, with the last line the worker wrote on standard error.
    private func describe(_ status: Int32) -> String {
        let signal = status & 0x7F
        var text: String
        if signal == 0 {
            text = "exited with status \((status >> 8) & 0xFF)"
        } else {
            text = "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        }
        let lastLine = String(decoding: errorTail, as: UTF8.self)
            .split(whereSeparator: \.isNewline).last.map(String.init)
        if let lastLine, !lastLine.isEmpty { text += ": \(lastLine.prefix(300))" }
        return text
    }

    /// Resident memory of the worker (`/proc/PID/statm` on Linux).
    private func residentBytes() -> Int {
        #if os(Linux)
        guard let statm = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return 0
        #endif
    }
}
