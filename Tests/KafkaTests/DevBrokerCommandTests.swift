import Foundation
import Testing

extension KafkaSuite {
    /// `newswatch dev-broker`, the built binary beside this test bundle: the bootstrap on the
    /// first line of standard output, the topics as asked for `kcat -L`, exit 0 on SIGTERM.
    @Suite struct DevBrokerCommand {
        @Test(.timeLimit(.minutes(2)))
        func servesTheTopicsToKcatAndExitsZeroOnSIGTERM() async throws {
            let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
                .deletingLastPathComponent().appendingPathComponent("newswatch").path
            try #require(FileManager.default.isExecutableFile(atPath: binary), "no newswatch binary at \(binary)")
            let broker = try Subprocess.start([binary, "dev-broker", "--brokers", "2", "--partitions", "4", "--input-topic", "dev.articles"])
            defer { broker.signal(SIGKILL) }
            let bootstrap = try #require(await Subprocess.blocking { broker.readLine() }, "no bootstrap line")
            #expect(bootstrap.split(separator: ",").count == 2)

            let listing = try await Subprocess.run(["kcat", "-b", bootstrap, "-L", "-J"])
            #expect(listing.status == 0, "kcat: \(listing.errors)")
            let metadata = try #require(try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [String: Any])
            let brokers = try #require(metadata["brokers"] as? [[String: Any]])
            let topics = try #require(metadata["topics"] as? [[String: Any]])
            var partitions: [String: Int] = [:]
            for topic in topics {
                partitions[try #require(topic["topic"] as? String)] = (topic["partitions"] as? [Any])?.count
            }
            #expect(brokers.count == 2)
            #expect(partitions == ["dev.articles": 4, "alerts.operations": 4, "alerts.schedules": 4, "news.articles.dlq": 4])

            broker.signal(SIGTERM)
            let status = await Subprocess.blocking { broker.wait() }
            #expect(status == 0)
            #expect(broker.readOutput().isEmpty, "only the bootstrap line goes to standard output")
            #expect(broker.readErrors().contains("kcat -b \(bootstrap) -L"))
        }
    }
}
