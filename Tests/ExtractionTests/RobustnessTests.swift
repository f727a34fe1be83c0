import Testing
@testable import Extraction

/// Totality, bounded work and determinism of the whole pipeline (decoder → extractor → encoder).
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let reference = ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .article)

    func run(_ body: String) -> (ExtractionResult, ExtractionStatistics) {
        var statistics = ExtractionStatistics()
        let result = Extractor().extract(Article(id: "robust", body: body, referenceTime: Self.reference), statistics: &statistics)
        let encoder = AlertEncoder()
        for alert in result.operations { _ = encoder.encode(alert) }
        for alert in result.schedules { _ = encoder.encode(alert) }
        return (result, statistics)
    }

    @Test func randomBytesThroughDecoderAndExtractor() {
        var random = Random(state: 42)
        for _ in 0..<200 {
            let count = random.below(400)
            var bytes: [UInt8] = []
            for _ in 0..<count { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
            if let article = try? ArticleDecoder().decode(json: bytes, kafkaTimestampMilliseconds: 1_476_100_800_000) {
                _ = Extractor().extract(article)
            }
            // The same bytes as a body, made valid UTF-8.
            _ = run(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func randomUnicodeAndMixedScripts() {
        let pieces = ["offensive", "on", "Mosul", "الموصل", "Мосул", "摩苏尔", "🚀", "\u{0301}", "“", "”", "’s", ".", ",", "-",
                      "the", "city", "will", "launch", "airstrikes", "9,000", "fighters", "Havice", "Haşim", "\n", "\u{200B}",
                      "siege", "of", "freed", "Fallujah", "\u{FEFF}", "ﬁ", "İ", "ß", "—", "(", ")", "by", "Daesh", "to"]
        var random = Random(state: 7)
        for _ in 0..<300 {
            var body = ""
            for _ in 0..<random.below(120) {
                body += pieces[random.below(pieces.count)]
                if random.below(3) > 0 { body += " " }
            }
            _ = run(body)
        }
    }

    @Test func oneMebibyteOfOneRepeatedToken() {
        for token in ["offensive ", "operation ", "the ", "Mosul "] {
            let body = String(repeating: token, count: (1 << 20) / token.utf8.count)
            let (result, statistics) = run(body)
            #expect(statistics.tokens > 100_000)
            #expect(result.operations.count <= 1_000)
        }
    }

    @Test func tenThousandTriggersInOneArticle() {
        let sentence = "The army launched an offensive on Mosul and airstrikes hit Raqqa. "
        let body = String(repeating: sentence, count: 5_000)
        let (result, statistics) = run(body)
        #expect(statistics.mentions >= 10_000)
        // One operation per real-world operation, however often it is mentioned.
        #expect(result.operations.count == 2)
    }

    @Test func deeplyNestedJSON() {
        for depth in [10, 1_000, 100_000] {
            let json = Array(("{\"id\":\"x\",\"body\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}").utf8)
            #expect(throws: ArticleError.self) { try ArticleDecoder().decode(json: json, kafkaTimestampMilliseconds: 0) }
            let objects = Array((String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)).utf8)
            #expect(throws: ArticleError.self) { try ArticleDecoder().decode(json: objects, kafkaTimestampMilliseconds: 0) }
        }
    }

    @Test func workIsLinearInSize() {
        let paragraph = """
            Iraqi forces will launch an offensive on Mosul on October 19, a spokesman said. \
            Coalition warplanes carried out airstrikes in Raqqa. The company's business operations grew. \
            More than 9,000 Daesh fighters will be redeployed from Mosul to eastern Syria, the source said.

            """
        for unit in [paragraph, "offensive ", "the city of Mosul was freed by the army "] {
            let small = run(String(repeating: unit, count: 200)).1.total
            let large = run(String(repeating: unit, count: 800)).1.total
            #expect(large <= small * 4 + small / 4, "n: \(small), 4n: \(large)")
            #expect(large >= small * 3)
        }
    }

    @Test func deterministicBytes() {
        let articles = SeedArticles.load()
        #expect(!articles.isEmpty)
        for article in articles {
            let encoder = AlertEncoder()
            let first = Extractor().extract(article)
            let second = Extractor().extract(article)
            #expect(first == second)
            #expect(first.operations.map { encoder.encode($0) } == second.operations.map { encoder.encode($0) })
            #expect(first.schedules.map { encoder.encode($0) } == second.schedules.map { encoder.encode($0) })
        }
    }

    @Test func emptyAndDegenerateBodies() {
        for body in ["", " ", "\n\n\n", ".", "offensive", "“", "-", String(repeating: ".", count: 10_000), "the the the"] {
            _ = run(body)
        }
    }
}
