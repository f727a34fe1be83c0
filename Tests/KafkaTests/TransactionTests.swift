import Kafka
import Testing

extension KafkaSuite {
    @Suite struct Transactions {
        /// An aborted transaction's queued messages are purged and never stored; a committed
        /// transaction's messages are read at both isolation levels.
        @Test func abortDiscardsTheTransactionAndCommitPublishesIt() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let producer = try await Fixture.transactionalProducer(cluster) {
                // Nothing leaves the queue before the transaction ends.
                $0.linger = .seconds(20)
            }

            try producer.beginTransaction()
            var aborted: [DeliveryReceipt] = []
            for index in 0..<10 {
                aborted.append(try await producer.enqueue(ProducerMessage(topic: "txn-out", value: Fixture.bytes("aborted-\(index)"))))
            }
            try await producer.abortTransaction()
            for receipt in aborted {
                let error = await #expect(throws: KafkaError.self) { try await receipt.report }
                #expect([KafkaErrorCode.purgedFromQueue, .purgedInFlight].contains(error?.code))
            }

            try producer.beginTransaction()
            var committed: [DeliveryReceipt] = []
            for index in 0..<10 {
                committed.append(try await producer.enqueue(ProducerMessage(topic: "txn-out", value: Fixture.bytes("committed-\(index)"))))
            }
            try await producer.commitTransaction()
            for receipt in committed { _ = try await receipt.report }
            try await producer.close()

            for level in [IsolationLevel.readCommitted, .readUncommitted] {
                // Reads for the whole timeout: anything beyond the ten would show.
                let received = try await Fixture.readPartition(cluster, "txn-out", count: 11, timeout: .seconds(2), isolationLevel: level)
                let values = received.compactMap(\.value).map { String(decoding: $0, as: UTF8.self) }
                #expect(values == (0..<10).map { "committed-\($0)" }, "\(level.rawValue)")
            }
        }

        /// Coordinator errors on TxnOffsetCommit and EndTxn are retried inside librdkafka: the
        /// caller sees a successful commit.
        @Test func retriableTransactionErrorsAreRetriedByTheClient() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("txn-in", partitions: 1)
            let input = try Fixture.consumer(cluster)
            try input.subscribe(["txn-in"])
            _ = try await input.poll(timeout: .seconds(5))
            let producer = try await Fixture.transactionalProducer(cluster)
            try producer.beginTransaction()
            let receipt = try await producer.enqueue(ProducerMessage(topic: "txn-out", value: Fixture.bytes("alert")))
            cluster.pushRequestErrors(.transactionOffsetCommit, [.coordinatorLoadInProgress])
            cluster.pushRequestErrors(.endTransaction, [.coordinatorLoadInProgress, .concurrentTransactions])
            try await producer.sendOffsetsToTransaction([TopicPartitionOffset("txn-in", 0, offset: 0)], group: input.groupMetadata())
            try await producer.commitTransaction()
            #expect(try await receipt.report.offset == 0)
            try await producer.close()
            try await input.close()

            let received = try await Fixture.readPartition(cluster, "txn-out", count: 1)
            #expect(received.map(\.value) == [Fixture.bytes("alert")])
        }

        /// A partition the coordinator refuses to add fails its messages and leaves the
        /// transaction abortable: abort, then the next transaction commits.
        @Test func aRefusedPartitionMakesTheTransactionAbortable() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let producer = try await Fixture.transactionalProducer(cluster)
            try producer.beginTransaction()
            cluster.pushRequestErrors(.addPartitionsToTransaction, [.topicAuthorizationFailed])
            let failed = try await producer.enqueue(ProducerMessage(topic: "txn-out", value: [1]))
            await #expect(throws: KafkaError.self) { try await failed.report }
            let error = await #expect(throws: KafkaError.self) { try await producer.commitTransaction() }
            guard case .transactionAbortRequired = error else {
                Issue.record("expected transactionAbortRequired, got \(String(describing: error))")
                return
            }
            try await producer.abortTransaction()
            try producer.beginTransaction()
            let retried = try await producer.enqueue(ProducerMessage(topic: "txn-out", value: [2]))
            try await producer.commitTransaction()
            _ = try await retried.report
            try await producer.close()
        }

        /// A fenced producer is unusable: the error is fatal.
        @Test func aFencedProducerGetsAFatalError() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let producer = try await Fixture.transactionalProducer(cluster)
            try producer.beginTransaction()
            _ = try await producer.send(ProducerMessage(topic: "txn-out", value: [1]))
            cluster.pushRequestErrors(.endTransaction, [.producerFenced])
            let error = await #expect(throws: KafkaError.self) { try await producer.commitTransaction() }
            #expect(error?.isFatal == true, "\(String(describing: error))")
            #expect(error?.code == .fenced)
            try? await producer.close(timeout: .seconds(1))
        }

        /// A coordinator that stays unavailable makes init time out with a retriable error; the
        /// same call succeeds once it is back.
        @Test func initTransactionsTimesOutRetriablyAndSucceedsWhenRetried() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let producer = try Fixture.producer(cluster, transactionalID: Fixture.unique("txn"))
            cluster.pushRequestErrors(.initProducerID, Array(repeating: .coordinatorLoadInProgress, count: 1000))
            let error = await #expect(throws: KafkaError.self) { try await producer.initTransactions(timeout: .seconds(2)) }
            #expect(error?.isRetriable == true, "\(String(describing: error))")
            cluster.clearRequestErrors(.initProducerID)
            try await producer.initTransactions()
            try await producer.close()
        }
    }
}
