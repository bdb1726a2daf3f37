import Domain
import Foundation
import GraphQLEngine

/// The Lightning node: what it says of itself, its balances and its invoices.
enum LightningResolvers {
    static func register(in graph: inout ResolverGraph, lightning: any LightningBackend) {
        graph.root("Query") { query in
            query.field("lightningNode") { _, _, _ in try await DomainFailure.exposing { try await lightning.info() } }
            query.field("lightningBalance") { _, _, _ in try await DomainFailure.exposing { try await lightning.balance() } }
            query.field("lightningInvoices") { _, arguments, _ in
                let limit = arguments["limit"]?.int ?? 100
                let offset = arguments["offset"]?.int ?? 0
                let page = try await DomainFailure.exposing {
                    try NodeInvoiceRules.checkPage(limit: limit, offset: offset)
                    return try await lightning.invoices(pendingOnly: arguments["pendingOnly"]?.boolean ?? false, offset: offset, limit: limit)
                }
                return NodeInvoicePage(page: page, limit: limit, offset: offset)
            }
        }
        graph.root("Mutation") { mutation in
            mutation.field("createLightningInvoice") { _, arguments, _ in
                try await DomainFailure.exposing {
                    let request = try NodeInvoiceRules.request(
                        value: arguments["value"]?.int ?? 0, memo: arguments["memo"]?.string ?? "", expiry: arguments["expiry"]?.int ?? 3_600
                    )
                    return try await lightning.createInvoice(request)
                }
            }
        }
        graph.object("LightningNode", NodeInfo.self) { node in
            node.field("version", \.version)
            node.field("identityPubkey", \.identityPubkey)
            node.field("alias", \.alias)
            node.field("color", \.color)
            node.field("numPendingChannels", \.pendingChannels)
            node.field("numActiveChannels", \.activeChannels)
            node.field("numInactiveChannels", \.inactiveChannels)
            node.field("numPeers", \.peers)
            node.field("blockHeight", \.blockHeight)
            node.field("blockHash", \.blockHash)
            node.field("syncedToChain", \.syncedToChain)
            node.field("syncedToGraph", \.syncedToGraph)
            node.field("testnet", \.testnet)
        }
        graph.object("NodeBalance", WalletBalance.self) { balance in
            balance.field("totalBalance") { balance in String(balance.total) }
            balance.field("confirmedBalance") { balance in String(balance.confirmed) }
            balance.field("unconfirmedBalance") { balance in String(balance.unconfirmed) }
            balance.field("lockedBalance") { balance in String(balance.locked) }
            balance.field("channelBalance") { balance in String(balance.channels) }
        }
        graph.object("NodeInvoice", Invoice.self) { invoice in
            invoice.field("paymentRequest", \.paymentRequest)
            invoice.field("rHash", \.paymentHash)
            invoice.field("paymentAddr", \.paymentAddress)
            invoice.field("addIndex") { invoice in String(invoice.addIndex) }
            invoice.field("memo", \.memo)
            invoice.field("value") { invoice in String(invoice.value) }
            invoice.field("creationDate") { invoice in String(Int(invoice.creationDate.timeIntervalSince1970)) }
            invoice.field("expiry") { invoice in String(invoice.expiry) }
            invoice.field("settled", \.isSettled)
            invoice.field("amtPaid") { invoice in String(invoice.amountPaid) }
            invoice.field("state", \.state) { $0.rawValue }
        }
        graph.object("NodeInvoicePage", NodeInvoicePage.self) { page in
            page.field("invoices", \.page.invoices)
            page.field("pagination") { page, _, _ in
                Pagination(total: page.page.total, limit: page.limit, offset: page.offset)
            }
        }
    }
}

/// A page of the node's invoices with what was asked.
struct NodeInvoicePage: ResolvedConvertible {
    var page: InvoicePage
    var limit: Int
    var offset: Int
}

extension NodeInfo: ResolvedConvertible {}
extension WalletBalance: ResolvedConvertible {}
extension Invoice: ResolvedConvertible {}
