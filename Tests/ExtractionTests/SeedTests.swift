import Foundation
import Testing
@testable import Extraction

/// DESIGN §4 "What the seed must give", item by item, on `seeds/articles.jsonl`.
@Suite struct SeedTests {
    static let results: [String: ExtractionResult] = {
        var results: [String: ExtractionResult] = [:]
        for article in SeedArticles.load() {
            results[article.id] = Extractor().extract(article)
        }
        return results
    }()

    static let daesh = "sputnik-2016-10-10-daesh-mosul-syria"
    static let havice = "sputnik-2016-10-10-havice-kirkuk"

    func operations(_ id: String) -> [OperationAlert] { Self.results[id]?.operations ?? [] }
    func schedules(_ id: String) -> [ScheduleAlert] { Self.results[id]?.schedules ?? [] }

    @Test func bothSeedArticlesDecode() {
        #expect(SeedArticles.load().count == 2)
        #expect(Self.results.count == 2)
    }

    @Test func plannedMosulOffensiveWithBeginClaimByMuhtaroglu() throws {
        let offensive = try #require(operations(Self.havice).first { $0.operation.kind == .offensive && $0.locations.first?.place.name == "Mosul" })
        #expect(offensive.operation.status == .planned)
        #expect(offensive.operation.name == "Mosul offensive")
        let claim = try #require(schedules(Self.havice).first { $0.operation.kind == .offensive && $0.operation.location == "Mosul" && $0.event == .begin })
        #expect(claim.claimedTime.value == "2016-10-19")
        #expect(claim.claimedTime.grain == .day)
        #expect(claim.claimedTime.approximate == false)
        #expect(claim.attribution.source == "Heytem Haşim Muhtaroğlu")
        #expect(claim.attribution.kind == .namedOfficial)
        #expect(claim.stance == .reported)
        #expect(claim.theaterKey == "mosul")
    }

    @Test func imminentHawijaOperationByIraqiArmyAndPeshmerga() throws {
        let operation = try #require(operations(Self.havice).first { $0.locations.first?.place.name == "Hawija" })
        #expect(operation.operation.status == .imminent)
        #expect(operation.locations.first?.role == .target)
        #expect(operation.locations.first?.text == "Havice")
        let agents = Set(operation.actors.filter { $0.role == .agent }.map(\.actor.name))
        #expect(agents.contains("Peshmerga"))
        #expect(agents.contains { $0.hasPrefix("Iraqi") })
        #expect(operation.theaterKey == "hawija")
    }

    @Test func hawijaBeginClaimWithinHours() throws {
        let claim = try #require(schedules(Self.havice).first { $0.operation.location == "Hawija" && $0.event == .begin })
        // Nothing dated before the article is a schedule.
        #expect(schedules(Self.havice).allSatisfy { $0.claimedTime.start >= "2016-10-10" })
        #expect(claim.event == .begin)
        #expect(claim.claimedTime.approximate)
        #expect(claim.claimedTime.start.hasPrefix("2016-10-10"))
        #expect(claim.claimedTime.grain == .hour || claim.claimedTime.grain == .day)
    }

    @Test func doubtedRedeploymentOfMoreThan9000FightersFromMosulToEasternSyria() throws {
        let redeployment = try #require(operations(Self.daesh).first { $0.operation.kind == .redeployment })
        #expect(redeployment.locations.first { $0.role == .origin }?.place.name == "Mosul")
        #expect(redeployment.locations.contains { $0.role == .destination && $0.place.country == "SY" })
        let quantity = try #require(redeployment.quantities.first)
        #expect(quantity.value == 9000)
        #expect(quantity.unit == "fighters")
        #expect(quantity.qualifier == .moreThan)
        #expect(redeployment.attribution?.kind == .unnamedSource)
        #expect(redeployment.attribution?.via == "RIA Novosti")
        #expect(redeployment.stance == .doubted)
        #expect(redeployment.actors.contains { $0.actor.name == "Daesh" && $0.role == .agent })
        #expect(redeployment.operation.status == .planned)
    }

    @Test func plannedDaeshOffensiveOnDeirEzZorAndPalmyra() throws {
        let offensive = try #require(operations(Self.daesh).first { $0.operation.kind == .offensive && $0.locations.first?.place.name == "Deir ez-Zor" })
        #expect(offensive.operation.status == .planned)
        #expect(offensive.locations.contains { $0.place.name == "Palmyra" && $0.role == .target })
        #expect(offensive.actors.contains { $0.actor.name == "Daesh" && $0.role == .agent })
    }

    @Test func plannedCoalitionAirstrikesInMosul() throws {
        let strikes = try #require(operations(Self.daesh).first { $0.operation.kind == .airstrike })
        #expect(strikes.operation.status == .planned)
        #expect(strikes.locations.first?.place.name == "Mosul")
        #expect(strikes.locations.first?.role == .target)
        #expect(strikes.actors.contains { $0.actor.kind == .coalition && $0.role == .agent })
    }

    @Test func completedLiberationOfFallujahInLateJune() throws {
        let liberation = try #require(operations(Self.daesh).first { $0.locations.first?.place.name == "Fallujah" })
        #expect(liberation.operation.kind == .liberation)
        #expect(liberation.operation.status == .completed)
        #expect(liberation.evidence.sentence.hasPrefix("Baghdad-led forces freed Fallujah in late June"))
        #expect(liberation.attribution == nil)
        // The three-month siege, if reported, is over too.
        for siege in operations(Self.daesh) where siege.operation.kind == .siege {
            #expect(siege.operation.status == .completed)
            #expect(siege.locations.first?.place.name == "Fallujah")
        }
        // A completed operation is not a schedule claim.
        #expect(!schedules(Self.daesh).contains { $0.operation.location == "Fallujah" })
    }

    @Test func noSpuriousAlerts() {
        for result in Self.results.values {
            for alert in result.operations {
                // "the war that has seen Damascus fighting…" is a war in general.
                #expect(!alert.evidence.sentence.contains("turn the tide of war"))
                // The training caption frames a battle; it is not itself an operation.
                #expect(!alert.evidence.sentence.contains("undergo training"))
                #expect(!alert.locations.contains { $0.place.name == "Damascus" || $0.place.name == "Moscow" })
            }
            // One operation per real-world operation: no two alerts share kind and main location.
            var keys = Set<String>()
            for alert in result.operations {
                let key = "\(alert.operation.kind.rawValue)/\(alert.locations.first?.place.slug ?? "-")"
                #expect(keys.insert(key).inserted, "duplicate \(key)")
            }
        }
        #expect(operations(Self.daesh).count <= 6)
        #expect(operations(Self.havice).count <= 4)
    }

    @Test func alertsCarryArticleAndReferenceTime() {
        for (id, result) in Self.results {
            for alert in result.operations {
                #expect(alert.article.id == id)
                #expect(alert.referenceTimeSource == .article)
                #expect(alert.id == AlertID.operation(for: alert))
                #expect(alert.confidence > 0 && alert.confidence < 1)
            }
            for alert in result.schedules {
                #expect(alert.id == AlertID.schedule(for: alert))
            }
        }
    }
}

/// The seed articles, read from `seeds/articles.jsonl` next to the package.
enum SeedArticles {
    static func load() -> [Article] {
        let path = packageRoot() + "/seeds/articles.jsonl"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let bytes = [UInt8](data)
        var articles: [Article] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            if let article = try? ArticleDecoder().decode(json: Array(line), kafkaTimestampMilliseconds: nil) {
                articles.append(article)
            }
        }
        return articles
    }

    static func packageRoot(file: String = #filePath) -> String {
        var parts = file.split(separator: "/", omittingEmptySubsequences: false)
        // …/Tests/ExtractionTests/SeedTests.swift → …
        if parts.count >= 3 { parts.removeLast(3) }
        return parts.joined(separator: "/")
    }
}
