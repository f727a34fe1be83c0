import Kafka
import Synchronization

/// The worker's Prometheus metrics (docs/WORKER.md "Observability"), rendered in the text
/// exposition format by ``render()``. Updated from the worker loop and its event task; read by
/// the operations endpoint's thread. All access goes through one lock.
public final class WorkerMetrics: Sendable {
    /// Upper bounds, in seconds, of the `newswatch_batch_seconds` histogram buckets.
    public static let batchSecondsBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

    private struct State {
        var messagesIn = 0
        var alertsOut: [String: Int] = ["operation": 0, "schedule": 0]
        var deadLetters: [String: Int] = [:]
        var batchesCommitted = 0
        var transactionAborts = 0
        var batchRedos = 0
        var retries = 0
        var producerRestarts = 0
        var rebalances: [String: Int] = ["assigned": 0, "revoked": 0, "lost": 0]
        var clientErrors = 0
        var assignedPartitions = 0
        var batchBuckets = [Int](repeating: 0, count: WorkerMetrics.batchSecondsBuckets.count)
        var batchCount = 0
        var batchSum = 0.0
        var lag: [TopicPartition: Int64] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// A committed batch: its input messages, alerts by type, dead letters by code and how long
    /// it took from poll to commit.
    func recordBatch(messages: Int, operationAlerts: Int, scheduleAlerts: Int, deadLetters: [String: Int], seconds: Double) {
        state.withLock { state in
            state.messagesIn += messages
            state.alertsOut["operation", default: 0] += operationAlerts
            state.alertsOut["schedule", default: 0] += scheduleAlerts
            for (code, count) in deadLetters { state.deadLetters[code, default: 0] += count }
            state.batchesCommitted += 1
            state.batchCount += 1
            state.batchSum += seconds
            for (index, bound) in Self.batchSecondsBuckets.enumerated() where seconds <= bound {
                state.batchBuckets[index] += 1
            }
        }
    }

    /// A batch given up and read again from the committed offsets; `aborted` when it was an
    /// aborted transaction.
    func recordRedo(aborted: Bool) {
        state.withLock { state in
            state.batchRedos += 1
            if aborted { state.transactionAborts += 1 }
        }
    }

    /// A retriable step repeated after a backoff.
    func recordRetry() { state.withLock { $0.retries += 1 } }

    /// A producer replaced after a fatal error.
    func recordProducerRestart() { state.withLock { $0.producerRestarts += 1 } }

    /// A non-fatal client error reported by librdkafka.
    func recordClientError() { state.withLock { $0.clientErrors += 1 } }

    /// A rebalance event and the assignment size after it.
    func recordRebalance(_ kind: String, assignedPartitions: Int) {
        state.withLock { state in
            state.rebalances[kind, default: 0] += 1
            state.assignedPartitions = assignedPartitions
        }
    }

    /// Replaces the consumer lag of every owned partition.
    func setLag(_ lag: [TopicPartition: Int64]) { state.withLock { $0.lag = lag } }

    /// The lag last computed, by partition.
    var lag: [TopicPartition: Int64] { state.withLock { $0.lag } }

    /// Every metric in the Prometheus text exposition format (version 0.0.4).
    public func render() -> String {
        let state = state.withLock { $0 }
        var out = ""
        func family(_ name: String, _ type: String, _ help: String, _ samples: [(labels: String, value: String)]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for sample in samples { out += name + sample.labels + " " + sample.value + "\n" }
        }
        func labelled(_ label: String, _ values: [String: Int]) -> [(labels: String, value: String)] {
            values.keys.sorted().map { ("{\(label)=\"\(Self.escape($0))\"}", String(values[$0]!)) }
        }
        family("newswatch_messages_in_total", "counter", "Input messages processed in committed batches.", [("", String(state.messagesIn))])
        family("newswatch_alerts_out_total", "counter", "Alerts published in committed batches, by type.", labelled("type", state.alertsOut))
        family("newswatch_dead_letters_total", "counter", "Input messages sent to the dead-letter topic, by error code.", labelled("code", state.deadLetters))
        family("newswatch_batches_committed_total", "counter", "Batches whose output and input offsets were committed.", [("", String(state.batchesCommitted))])
        family("newswatch_transaction_aborts_total", "counter", "Transactions aborted and redone from the committed offsets.", [("", String(state.transactionAborts))])
        family("newswatch_batch_redos_total", "counter", "Batches given up and read again from the committed offsets (aborts included).", [("", String(state.batchRedos))])
        family("newswatch_retries_total", "counter", "Retriable Kafka calls repeated after a backoff.", [("", String(state.retries))])
        family("newswatch_producer_restarts_total", "counter", "Producers recreated after a fatal error (for example fencing).", [("", String(state.producerRestarts))])
        family("newswatch_rebalances_total", "counter", "Consumer-group rebalance events, by kind.", labelled("kind", state.rebalances))
        family("newswatch_kafka_errors_total", "counter", "Non-fatal client errors reported by librdkafka (it recovers on its own).", [("", String(state.clientErrors))])
        family("newswatch_assigned_partitions", "gauge", "Input partitions assigned to this worker.", [("", String(state.assignedPartitions))])
        var histogram: [(labels: String, value: String)] = zip(Self.batchSecondsBuckets, state.batchBuckets).map { bound, count in
            ("_bucket{le=\"\(Self.number(bound))\"}", String(count))
        }
        histogram.append(("_bucket{le=\"+Inf\"}", String(state.batchCount)))
        histogram.append(("_sum", Self.number(state.batchSum)))
        histogram.append(("_count", String(state.batchCount)))
        family("newswatch_batch_seconds", "histogram", "Time from a batch's poll to its commit.", histogram)
        let lag = state.lag.keys.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }.map { partition in
            ("{topic=\"\(Self.escape(partition.topic))\",partition=\"\(partition.partition)\"}", String(state.lag[partition]!))
        }
        family("newswatch_consumer_lag", "gauge", "Messages between the committed offset and the end of each owned input partition.", lag)
        return out
    }

    /// A label value with `\`, `"` and newlines escaped.
    static func escape(_ value: String) -> String {
        var result = ""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    /// A sample value without a needless fraction (`1`, `0.25`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
