import AtlasCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs extraction in worker processes, so that a segfault or a hang in poppler or libxml2 costs
/// one document: the supervisor records it as `crashed` or `timeout`, starts a new worker and goes on.
///
/// Each of `jobs` workers is driven by its own thread (blocking pipes, `poll` with the per-document
/// deadline, a watch on resident memory). Workers are started when needed, replaced after
/// `recycleAfter` documents, and drained by `shutdown()`, which every user must reach before the
/// process exits. Use from one thread: `submit`, then `next` for each outcome.
public final class ExtractionSupervisor {
    /// One file to extract. `id` is the caller's, returned with the outcome.
    public struct Job: Sendable {
        public var id: Int
        public var path: String
        /// Test only: a fault the worker commits instead of extracting (see `WorkerFault`).
        public var fault: WorkerFault?

        public init(id: Int, path: String, fault: WorkerFault? = nil) {
            self.id = id
            self.path = path
            self.fault = fault
        }
    }

    public struct Outcome: Sendable {
        public init(id: Int, result: ExtractionResult, worker: Int32, seconds: Double) {
            self.id = id
            self.result = result
            self.worker = worker
            self.seconds = seconds
        }

        public var id: Int
        public var result: ExtractionResult
        /// Passages, recognition and labels, when the supervisor asks its workers to analyse.
        public var analysis: DocumentAnalysis?
        /// The worker process that handled the job.
        public var worker: Int32
        public var seconds: Double
    }

    /// What workers do, for progress displays and tests.
    public enum Event: Sendable {
        /// A worker began a job.
        case started(job: Int, worker: Int32)
        case workerStarted(Int32)
        case workerStopped(Int32)
    }

    public struct Configuration: Sendable {
        /// The executable to run as a worker (`dpiatlas`) and its arguments (`worker`, …).
        public var executable: String
        public var arguments: [String]
        public var settings: WorkerSettings
        public var limits: ExtractionLimits
        /// Whether workers also segment, recognise and classify what they extract (`DocumentAnalysis`);
        /// they classify when started with a taxonomy in `arguments`.
        public var analyze: Bool

        public init(
            executable: String, arguments: [String] = ["worker"], settings: WorkerSettings = WorkerSettings(),
            limits: ExtractionLimits = ExtractionLimits(), analyze: Bool = false
        ) {
            self.executable = executable
            self.arguments = arguments
            self.settings = settings
            self.limits = limits
            self.analyze = analyze
        }
    }

    private let state: SharedState
    private var threadsStarted = false
    private let configuration: Configuration

    public init(_ configuration: Configuration, events: (@Sendable (Event) -> Void)? = nil) {
        self.configuration = configuration
        state = SharedState(events: events)
    }

    deinit {
        shutdown()
    }

    /// How many workers run at once.
    public var jobs: Int { configuration.settings.effectiveJobs }

    /// Jobs submitted whose outcome `next()` has not returned yet.
    public var pending: Int { state.pending }

    /// Queues a job; never blocks. Bound the work in flight by calling `next()` (for example when
    /// `pending` reaches twice `jobs`).
    public func submit(_ job: Job) {
        startThreadsIfNeeded()
        state.enqueue(job)
    }

    /// The next finished job, in the order jobs finish; `nil` when none is pending.
    public func next() -> Outcome? {
        state.takeOutcome()
    }

    /// Extracts the files and hands their outcomes to `body` in the order given, with up to twice
    /// `jobs` files in flight.
    public func extract(_ jobs: [Job], _ body: (Outcome) throws -> Void) rethrows {
        var waiting: [Int: Outcome] = [:]
        var nextIndex = 0
        var submitted = 0
        let window = max(2, self.jobs * 2)
        let order = jobs.map(\.id)
        while nextIndex < jobs.count {
            while submitted < jobs.count && pending < window {
                submit(jobs[submitted])
                submitted += 1
            }
            guard let outcome = next() else { break }
            waiting[outcome.id] = outcome
            while nextIndex < order.count, let ready = waiting.removeValue(forKey: order[nextIndex]) {
                try body(ready)
                nextIndex += 1
            }
        }
    }

    /// Drops the jobs no worker has started; their outcomes never come. Returns their ids.
    @discardableResult
    public func cancelQueued() -> [Int] {
        state.cancelQueued()
    }

    /// Stops taking jobs, lets each worker finish and exit, and waits for all of them and their threads.
    public func shutdown() {
        guard threadsStarted else { return }
        state.close()
        state.waitForThreads(count: jobs)
        threadsStarted = false
    }

    private func startThreadsIfNeeded() {
        guard !threadsStarted else { return }
        threadsStarted = true
        // A write to a worker that just died must be an error, not the end of the supervisor.
        signal(SIGPIPE, SIG_IGN)
        state.reopen()
        for _ in 0..<jobs {
            let slot = WorkerSlot(configuration: configuration, state: state)
            let thread = Thread { slot.run() }
            thread.name = "extraction-worker"
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// The process path of the running executable, to start workers from (`/proc/self/exe` on Linux).
    public static func currentExecutable() -> String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return path
        }
        #endif
        let argument = CommandLine.arguments[0]
        if argument.hasPrefix("/") { return argument }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(argument).path
    }
}

/// The queue of jobs and outcomes the supervisor's threads share. Every field is guarded by `condition`.
private final class SharedState: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [ExtractionSupervisor.Job] = []
    private var jobStart = 0
    private var outcomes: [ExtractionSupervisor.Outcome] = []
    private var inFlight = 0
    private var closed = false
    private var finishedThreads = 0
    let events: (@Sendable (ExtractionSupervisor.Event) -> Void)?

    init(events: (@Sendable (ExtractionSupervisor.Event) -> Void)?) {
        self.events = events
    }

    var pending: Int {
        condition.lock()
        defer { condition.unlock() }
        return inFlight
    }

    func reopen() {
        condition.lock()
        closed = false
        finishedThreads = 0
        condition.unlock()
    }

    func enqueue(_ job: ExtractionSupervisor.Job) {
        condition.lock()
        jobs.append(job)
        inFlight += 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next job for a worker thread; `nil` once closed and empty.
    func takeJob() -> ExtractionSupervisor.Job? {
        condition.lock()
        defer { condition.unlock() }
        while jobStart == jobs.count && !closed { condition.wait() }
        guard jobStart < jobs.count else { return nil }
        let job = jobs[jobStart]
        jobStart += 1
        if jobStart == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            jobStart = 0
        }
        return job
    }

    func cancelQueued() -> [Int] {
        condition.lock()
        defer { condition.unlock() }
        let dropped = jobs[jobStart...].map(\.id)
        jobs.removeAll(keepingCapacity: true)
        jobStart = 0
        inFlight -= dropped.count
        condition.broadcast()
        return dropped
    }

    func complete(_ outcome: ExtractionSupervisor.Outcome) {
        condition.lock()
        outcomes.append(outcome)
        condition.broadcast()
        condition.unlock()
    }

    func takeOutcome() -> ExtractionSupervisor.Outcome? {
        condition.lock()
        defer { condition.unlock() }
        while outcomes.isEmpty && inFlight > 0 { condition.wait() }
        guard !outcomes.isEmpty else { return nil }
        inFlight -= 1
        return outcomes.removeFirst()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    func threadFinished() {
        condition.lock()
        finishedThreads += 1
        condition.broadcast()
        condition.unlock()
    }

    func waitForThreads(count: Int) {
        condition.lock()
        while finishedThreads < count { condition.wait() }
        condition.unlock()
    }
}

/// One worker thread: takes jobs, keeps a worker process alive for them, turns every way a job
/// can end into an outcome.
private final class WorkerSlot: @unchecked Sendable {
    // Only the slot's own thread touches `worker`; `configuration` and `state` are immutable or locked.
    private let configuration: ExtractionSupervisor.Configuration
    private let state: SharedState
    private var worker: WorkerProcess?

    init(configuration: ExtractionSupervisor.Configuration, state: SharedState) {
        self.configuration = configuration
        self.state = state
    }

    func run() {
        while let job = state.takeJob() {
            state.complete(handle(job))
        }
        if let worker {
            worker.stop(grace: 5)
            state.events?(.workerStopped(worker.pid))
        }
        worker = nil
        state.threadFinished()
    }

    private func handle(_ job: ExtractionSupervisor.Job) -> ExtractionSupervisor.Outcome {
        let started = Date()
        let settings = configuration.settings
        let request = WorkerProtocol.Request(
            id: job.id, path: job.path, limits: configuration.limits, analyze: configuration.analyze, fault: job.fault)
        var ending = WorkerProcess.Ending.unreachable
        var pid: Int32 = 0
        // A worker that died between jobs is replaced without blaming the next document.
        for _ in 0..<2 {
            guard let process = ensureWorker() else {
                return outcome(job, .crashed, "cannot start a worker process", pid: 0, since: started)
            }
            pid = process.pid
            ending = process.run(
                request, timeout: settings.timeoutSeconds, memoryLimit: settings.memoryLimitBytes,
                started: { [state] pid in state.events?(.started(job: job.id, worker: pid)) })
            if case .unreachable = ending {
                retire()
                continue
            }
            break
        }
        switch ending {
        case .finished(let reply):
            if let process = worker, process.served >= settings.recycleAfter { retire() }
            let result: ExtractionResult =
                if let document = reply.document {
                    .success(document)
                } else {
                    .failure(reply.failure ?? ExtractionFailure(.crashed, "the worker answered without a result"))
                }
            var outcome = ExtractionSupervisor.Outcome(
                id: job.id, result: result, worker: pid, seconds: Date().timeIntervalSince(started))
            outcome.analysis = reply.analysis
            return outcome
        case .died(let status):
            retire()
            return outcome(job, .crashed, "the worker extracting it died: \(status)", pid: pid, since: started)
        case .timedOut:
            retire()
            let seconds = settings.timeoutSeconds
            return outcome(
                job, .timeout, "no result after \(format(seconds)) s; the worker was stopped", pid: pid, since: started)
        case .overMemory(let bytes):
            retire()
            return outcome(
                job, .tooLarge,
                "the worker used \(bytes / 1_048_576) MiB, over the limit of \(settings.memoryLimitBytes / 1_048_576) MiB",
                pid: pid, since: started)
        case .unreachable:
            retire()
            return outcome(job, .crashed, "the worker could not be reached", pid: pid, since: started)
        }
    }

    private func ensureWorker() -> WorkerProcess? {
        if let worker { return worker }
        var arguments = configuration.arguments
        arguments += ["--memory-limit-mb", String(configuration.settings.memoryLimitBytes / 1_048_576)]
        guard let process = try? WorkerProcess.spawn(executable: configuration.executable, arguments: arguments) else {
            return nil
        }
        worker = process
        state.events?(.workerStarted(process.pid))
        return process
    }

    /// Stops the current worker (it is dead, stuck, or has served its share); the next job starts a new one.
    private func retire() {
        guard let process = worker else { return }
        process.stop(grace: 1)
        state.events?(.workerStopped(process.pid))
        worker = nil
    }

    private func outcome(
        _ job: ExtractionSupervisor.Job, _ reason: ExtractionFailure.Reason, _ message: String, pid: Int32, since: Date
    ) -> ExtractionSupervisor.Outcome {
        ExtractionSupervisor.Outcome(
            id: job.id, result: .failure(ExtractionFailure(reason, message)), worker: pid,
            seconds: Date().timeIntervalSince(since))
    }

    private func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
