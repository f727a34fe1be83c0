import Foundation
import NewswatchTestKit

/// Article messages for the worker benchmarks: `SyntheticCorpus` articles of about the same
/// length (the issue's ~3 KB), 30% reporting operations, with their ids to match alerts back.
struct ArticleCorpus: Sendable {
    /// The article JSON, one message each.
    let messages: [[UInt8]]
    /// The article ids, by message index.
    let ids: [String]

    /// Generates `count` articles of `words` words ± 15%; other seeds give other article ids.
    init(count: Int, words: Int, seed: UInt64 = 7) {
        let corpus = SyntheticCorpus(configuration: .init(
            minimumWords: max(1, words * 85 / 100), maximumWords: max(1, words * 115 / 100), operationShare: 0.3, seed: seed
        ))
        let articles = corpus.articles(count: count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        messages = articles.map { Array((try? encoder.encode($0)) ?? Data()) }
        ids = articles.map(\.id)
    }

    var count: Int { messages.count }

    /// All message bytes.
    var totalBytes: Int { messages.reduce(0) { $0 + $1.count } }

    /// The mean message size in kilobytes (10^3 bytes).
    var averageKilobytes: Double { messages.isEmpty ? 0 : Double(totalBytes) / Double(count) / 1_000 }
}
