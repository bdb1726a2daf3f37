import Domain
import Foundation
import Gateway
import Logging
import Resolvers
import Storage

/// The database the configuration names, opened and migrated: what `serve` and `migrate` share.
enum Database {
    static func open(_ location: DatabaseLocation, logger: Logger) async throws -> any SQLDatabase {
        switch location {
        case .sqlite(let path): try await SQLiteDatabase.open(path: path)
        case .postgres(let url): try PostgresDatabase.connect(url, logger: logger)
        }
    }

    /// Opens the database and applies the migrations it lacks, logging each.
    static func openMigrated(_ location: DatabaseLocation, logger: Logger) async throws -> any SQLDatabase {
        let database = try await open(location, logger: logger)
        let applied = try await Migrator(database: database).migrate()
        for migration in applied {
            logger.info("migrated", metadata: ["version": .stringConvertible(migration.version), "name": .string(migration.name)])
        }
        return database
    }

    /// The domain services over a database, as `serve` wires them. `traffic` and
    /// `runningSince` describe the serving instance, for the admin dashboard.
    static func services(
        on database: any SQLDatabase, issuer: any AccessTokenIssuer, vault: CredentialVault, lightning: LightningNode,
        settings: LightningSettings, traffic: any TrafficSource, runningSince: Date?
    ) -> AxisorResolvers.Services {
        let users = SQLUserStore(database: database)
        return AxisorResolvers.Services(
            auth: AuthService(users: users, refreshTokens: SQLRefreshTokenStore(database: database), issuer: issuer), users: users,
            exchangeAccounts: ExchangeAccountService(accounts: SQLExchangeAccountStore(database: database), users: users, vault: vault),
            statistics: AdminStatistics(
                users: users, runs: SQLServiceRunStore(database: database), traffic: traffic, backups: SQLBackupLog(database: database),
                runningSince: runningSince
            ),
            payments: PaymentService(
                payments: SQLPaymentStore(database: database), users: users, lightning: lightning.backend,
                pricing: PlanPricing(prices: settings.prices), invoiceExpiry: settings.invoiceExpirySeconds
            ),
            lightning: lightning.backend, simulator: lightning.simulator
        )
    }
}
