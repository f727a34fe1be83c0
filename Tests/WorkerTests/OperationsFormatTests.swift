import Kafka
import NewswatchTestKit
import Testing
@testable import Worker

/// The pieces behind the operations endpoints and dead letters, without a broker.
struct OperationsFormatTests {
    @Test func metricsRenderAsPrometheusTextWithCumulativeBucketsAndEscapedLabels() {
        let metrics = WorkerMetrics()
        metrics.recordBatch(messages: 3, operationAlerts: 2, scheduleAlerts: 1, deadLetters: ["invalid-json": 1], seconds: 0.02)
        metrics.recordBatch(messages: 2, operationAlerts: 0, scheduleAlerts: 0, deadLetters: [:], seconds: 3)
        metrics.recordRedo(aborted: true)
        metrics.setLag([TopicPartition("in\"put", 1): 7])
        let text = metrics.render()
        #expect(PrometheusText.sample(text, "newswatch_messages_in_total") == 5)
        #expect(PrometheusText.sample(text, "newswatch_alerts_out_total", labels: "type=\"operation\"") == 2)
        #expect(PrometheusText.sample(text, "newswatch_dead_letters_total", labels: "code=\"invalid-json\"") == 1)
        #expect(PrometheusText.sample(text, "newswatch_transaction_aborts_total") == 1)
        #expect(PrometheusText.sample(text, "newswatch_batch_seconds_bucket", labels: "le=\"0.01\"") == 0)
        #expect(PrometheusText.sample(text, "newswatch_batch_seconds_bucket", labels: "le=\"0.025\"") == 1)
        #expect(PrometheusText.sample(text, "newswatch_batch_seconds_bucket", labels: "le=\"5\"") == 2)
        #expect(PrometheusText.sample(text, "newswatch_batch_seconds_bucket", labels: "le=\"+Inf\"") == 2)
        #expect(PrometheusText.sample(text, "newswatch_batch_seconds_sum") == 3.02)
        #expect(PrometheusText.sample(text, "newswatch_consumer_lag", labels: "topic=\"in\\\"put\",partition=\"1\"") == 7)
        #expect(text.contains("# TYPE newswatch_batch_seconds histogram\n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func lagIsTheEndMinusTheLaterOfBothCommittedOffsetsForOwnedPartitionsOnly() throws {
        let statistics = """
            {"name": "c", "topics": {"news.articles": {"topic": "news.articles", "partitions": {
              "0": {"partition": 0, "hi_offset": 120, "ls_offset": 100, "lo_offset": 0, "committed_offset": 40},
              "1": {"partition": 1, "hi_offset": 50, "ls_offset": 50, "lo_offset": 10, "committed_offset": -1001},
              "2": {"partition": 2, "hi_offset": 9, "ls_offset": 9, "lo_offset": 0, "committed_offset": 1},
              "-1": {"partition": -1, "hi_offset": -1, "ls_offset": -1, "committed_offset": -1001}}}}}
            """
        let owned: Set = [TopicPartition("news.articles", 0), TopicPartition("news.articles", 1)]
        let lag = try #require(ConsumerLag.parse(statistics, owned: owned, committed: [TopicPartition("news.articles", 0): 90]))
        #expect(lag == [TopicPartition("news.articles", 0): 10, TopicPartition("news.articles", 1): 40])
        #expect(ConsumerLag.parse("not json", owned: owned, committed: [:]) == nil)
    }

    @Test func aDeadLetterLargerThanTheLimitIsCutAndMarkedNotDropped() {
        let message = KafkaMessage(topic: "news.articles", partition: 2, offset: 9, key: [1], value: Array(repeating: 0x61, count: 50))
        let letter = DeadLetter(code: "too-large", reason: "too large", message: message)
        let cut = letter.record(topic: "dlq", maxValueBytes: 10)
        #expect(cut.value == Array(repeating: 0x61, count: 10))
        #expect(cut.headers.contains(KafkaHeader(DeadLetter.truncatedHeader, "true")))
        let whole = letter.record(topic: "dlq", maxValueBytes: 50)
        #expect(whole.value == message.value)
        #expect(!whole.headers.contains { $0.name == DeadLetter.truncatedHeader })
    }
}
