/// A large executable document in the shape the frontend sends: named operations with
/// variables and defaults, aliases, arguments of every value kind, fragments, directives and
/// descriptions, each block different from the last.
enum GeneratedDocument {
    /// What (a) parses, and `--profile a`: over 1.2 MB, without operation descriptions, which
    /// GraphQLSwift predates.
    static func forParsing() -> String {
        make(minimumBytes: 1_200_000, operationDescriptions: false)
    }

    /// Without `operationDescriptions` it is the document of the 2021 spec (operation
    /// descriptions came with the September 2025 edition), which every engine parses.
    static func make(minimumBytes: Int, operationDescriptions: Bool = true) -> String {
        var text = ""
        var index = 0
        while text.utf8.count < minimumBytes {
            if operationDescriptions { text += "\"Dashboard number \(index)\"\n" }
            text += block(index)
            index += 1
        }
        return text
    }

    private static func block(_ index: Int) -> String {
        """
        query Dashboard\(index)($account: ID!, $first: Int = \(index % 50 + 1), $side: Side = LONG, $filter: PositionFilter = {minMargin: \(index * 10), tags: ["btc", "usd"], open: true}) @cached(ttl: 30) {
          viewer {
            id
            email
            plan
            planExpiresAt
            preferences { theme language timezone notifications }
            ...TraderStats\(index)
          }
          positions(account: $account, first: $first, side: $side, filter: $filter) {
            edges {
              cursor
              node {
                id
                side
                quantity
                entry: entryPrice
                liquidation: liquidationPrice(unit: USD)
                margin
                pnl(currency: SATS, precision: 2.5e0)
                distanceToLiquidation @include(if: true)
                ... on ManagedPosition @skip(if: false) { guard { threshold action lastRun } }
              }
            }
            pageInfo { hasNextPage endCursor }
          }
          payments(limit: 20, status: [PENDING, COMPLETED], memo: "plan \\"advanced\\" \\u00e9 \(index)") {
            id amount currency status createdAt completedAt
          }
        }

        fragment TraderStats\(index) on User {
          stats { totalTrades totalVolume winRate profitLoss }
          exchangeAccounts { id exchange name isActive credentials { hasApiKey hasSecret lastTested } }
        }

        mutation Guard\(index)($input: MarginGuardInput!) {
          updateMarginGuard(input: $input) { id isEnabled settings { distanceThreshold autoCloseEnabled notificationChannels } }
        }


        """
    }
}
