// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "newswatch",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newswatch", targets: ["newswatch"]),
        .library(name: "Kafka", targets: ["Kafka"]),
        .library(name: "Extraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CRdKafka",
            pkgConfig: "rdkafka",
            providers: [.apt(["librdkafka-dev"])]
        ),
        .target(
            name: "Kafka",
            dependencies: [
                "CRdKafka",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "Extraction"),
        .target(
            name: "Worker",
            dependencies: [
                "Kafka",
                "Extraction",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "newswatch",
            dependencies: [
                "Kafka",
                "Extraction",
                "Worker",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "KafkaTests", dependencies: ["Kafka"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
