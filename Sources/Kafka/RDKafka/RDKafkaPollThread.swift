import Dispatch
import Foundation
import Synchronization

/// A dedicated OS thread that runs a librdkafka polling loop, so blocking `rd_kafka_poll` and
/// `rd_kafka_consumer_poll` calls never run on Swift's cooperative thread pool.
final class RDKafkaPollThread: Sendable {
    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let started = Atomic<Bool>(false)

    /// `true` once ``stop()`` was called; the loop should return soon after.
    var isStopping: Bool { stopRequested.load(ordering: .acquiring) }

    /// Starts the thread. The loop should check ``isStopping`` at least every 100 ms.
    func start(name: String, _ loop: @escaping @Sendable () -> Void) {
        started.store(true, ordering: .releasing)
        let thread = Thread { [finished] in
            loop()
            finished.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Asks the loop to return and waits until it has.
    ///
    /// - Parameter wake: called after the stop flag is set and before waiting, to cut the loop's
    ///   current wait short. Default: nothing (the loop notices within its poll interval).
    /// - Important: blocks the calling thread for up to one poll interval; call it from a
    ///   non-cooperative thread or from `deinit`.
    func stopAndJoin(wake: () -> Void = {}) {
        guard !stopRequested.exchange(true, ordering: .acquiringAndReleasing),
            started.load(ordering: .acquiring)
        else { return }
        wake()
        finished.wait()
    }
}
