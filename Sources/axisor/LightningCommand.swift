import ArgumentParser
import Domain
import Foundation
import Gateway

/// `axisor lightning info|invoice`: the configured node, from the command line (the same node
/// the server uses: the fake node's folder, or LND).
struct LightningCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lightning",
        abstract: "Ask the configured Lightning node about itself, or have it make an invoice.",
        subcommands: [Info.self, MakeInvoice.self, Pay.self]
    )

    static func withNode<Result>(config: ConfigurationOption, _ body: (any LightningBackend) async throws -> Result) async throws -> Result {
        let node = try LightningNode.open(try config.load())
        do {
            let result = try await body(node.backend)
            try await node.shutdown()
            return result
        } catch {
            try? await node.shutdown()
            StandardError.write("\(error)")
            throw ExitCode(1)
        }
    }

    static func printJSON(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    struct Info: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The node's identity, chain and channels, as JSON.")

        @OptionGroup var config: ConfigurationOption

        func run() async throws {
            let info = try await LightningCommand.withNode(config: config) { try await $0.info() }
            try LightningCommand.printJSON([
                "identity_pubkey": info.identityPubkey, "alias": info.alias, "version": info.version, "block_height": info.blockHeight,
                "num_active_channels": info.activeChannels, "testnet": info.testnet,
            ])
        }
    }

    struct MakeInvoice: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invoice", abstract: "Make an invoice on the node and print what the node keeps of it, as JSON."
        )

        @OptionGroup var config: ConfigurationOption

        @Option(name: .long, help: "Sats (0: any amount).")
        var amount: Int64

        @Option(name: .long, help: "The description payers see.")
        var memo: String = ""

        @Option(name: .long, help: "Seconds it may be paid in.")
        var expiry: Int = 3_600

        func run() async throws {
            let (invoice, node) = try await LightningCommand.withNode(config: config) { backend in
                (try await backend.createInvoice(InvoiceRequest(value: amount, memo: memo, expiry: expiry)), try await backend.info())
            }
            try LightningCommand.printJSON([
                "payment_request": invoice.paymentRequest, "r_hash": invoice.paymentHash, "payment_addr": invoice.paymentAddress,
                "value": invoice.value, "memo": invoice.memo, "expiry": invoice.expiry, "creation_date": Int(invoice.creationDate.timeIntervalSince1970),
                "identity_pubkey": node.identityPubkey,
            ])
        }
    }

    struct Pay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pay an open invoice of the embedded fake node, as a payer on the network would (the fake node only).",
            discussion: "A running server learns of it at its next re-check of pending payments (within a minute)."
        )

        @OptionGroup var config: ConfigurationOption

        @Option(name: .long, help: "The BOLT11 payment request.")
        var request: String

        func run() async throws {
            let node = try LightningNode.open(try config.load())
            guard let simulator = node.simulator else {
                StandardError.write("only the embedded fake node (lightning.backend: fake) can pay its own invoices")
                throw ExitCode(1)
            }
            do {
                print(try await simulator.simulatePayment(paymentRequest: request) ? "settled" : "already settled")
            } catch {
                StandardError.write("the invoice cannot be paid: \(error)")
                throw ExitCode(1)
            }
        }
    }
}
