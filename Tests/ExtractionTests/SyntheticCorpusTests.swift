import Foundation
import NewswatchTestKit
import Testing

@Suite struct SyntheticCorpusTests {
    @Test func isDeterministicAndWithinTheConfiguredShape() throws {
        let corpus = SyntheticCorpus(configuration: .init(minimumWords: 300, maximumWords: 2_000, operationShare: 0.3, seed: 7))
        let articles = corpus.articles(count: 200)
        #expect(articles == corpus.articles(count: 200))
        let words = articles.map { $0.body.split(whereSeparator: \.isWhitespace).count }
        #expect(words.allSatisfy { $0 >= 300 && $0 <= 2_100 })
        let share = Double(articles.filter(\.reportsOperations).count) / Double(articles.count)
        #expect(share > 0.2 && share < 0.4)
        #expect(Set(articles.map(\.id)).count == articles.count)
    }

    @Test func writesDesignShapedJSONLines() throws {
        let line = try #require(SyntheticCorpus().jsonLines(count: 1).first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "published_at", "title", "body", "source", "language"])
        #expect((object["published_at"] as? String)?.hasSuffix("Z") == true)
    }
}
