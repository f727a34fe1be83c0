import Logging
import Testing

@testable import Kafka

extension KafkaSuite {
    /// The rebalance callback's protocol when librdkafka reports none: `NULL` while a consumer
    /// closes (dereferencing it crashed a closing worker once), or `NONE` before the group is
    /// joined.
    @Suite struct RebalanceProtocolFallback {
        @Test func aMissingReportKeepsTheLastProtocolReported() {
            let context = RDKafkaClientContext(logger: Logger(label: "test"), events: nil)
            #expect(context.rebalanceProtocol(reported: nil) == .eager, "eager before any report")
            #expect(context.rebalanceProtocol(reported: "COOPERATIVE") == .cooperative)
            #expect(context.rebalanceProtocol(reported: nil) == .cooperative)
            #expect(context.rebalanceProtocol(reported: "NONE") == .cooperative)
            #expect(context.rebalanceProtocol(reported: "EAGER") == .eager)
            #expect(context.rebalanceProtocol(reported: nil) == .eager)
        }
    }
}
