/// The schema's history, oldest first. Never edit an applied migration: add the next one.
/// Dates are epoch seconds (DOUBLE PRECISION) and flags BIGINT 0/1 on both stores.
public enum Migrations {
    public static let all: [Migration] = [
        Migration(version: 1, name: "rate limit buckets", statements: [
            """
            CREATE TABLE rate_limit_buckets (
                bucket_key TEXT PRIMARY KEY,
                tokens DOUBLE PRECISION NOT NULL,
                updated_at DOUBLE PRECISION NOT NULL,
                last_allowed BIGINT NOT NULL
            )
            """,
        ]),
        Migration(version: 2, name: "users and refresh tokens", statements: [
            """
            CREATE TABLE users (
                id TEXT PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                username TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                first_name TEXT,
                last_name TEXT,
                plan TEXT NOT NULL,
                plan_expires_at DOUBLE PRECISION,
                is_admin BIGINT NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                last_login_at DOUBLE PRECISION
            )
            """,
            """
            CREATE TABLE refresh_tokens (
                token_hash TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                family_id TEXT NOT NULL,
                expires_at DOUBLE PRECISION NOT NULL,
                used_at DOUBLE PRECISION,
                revoked_at DOUBLE PRECISION
            )
            """,
            "CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)",
        ]),
        Migration(version: 3, name: "user status", statements: [
            "ALTER TABLE users ADD COLUMN status TEXT NOT NULL DEFAULT 'active'",
            "CREATE INDEX users_created_at ON users (created_at)",
        ]),
        Migration(version: 4, name: "profiles", statements: [
            "ALTER TABLE users ADD COLUMN notifications BIGINT NOT NULL DEFAULT 1",
            "ALTER TABLE users ADD COLUMN theme TEXT NOT NULL DEFAULT 'dark'",
            "ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
            "ALTER TABLE users ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC'",
            "ALTER TABLE users ADD COLUMN updated_at DOUBLE PRECISION",
        ]),
        Migration(version: 5, name: "exchange accounts", statements: [
            // The credentials are AES-256-GCM sealed (nonce, ciphertext and tag, base64) with
            // the id of the key that sealed them; the key itself is never stored here.
            """
            CREATE TABLE exchange_accounts (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                exchange TEXT NOT NULL,
                name TEXT NOT NULL,
                is_active BIGINT NOT NULL,
                is_testnet BIGINT NOT NULL,
                has_api_key BIGINT NOT NULL,
                has_secret BIGINT NOT NULL,
                has_passphrase BIGINT NOT NULL,
                credentials_key_id TEXT NOT NULL,
                credentials_sealed TEXT NOT NULL,
                last_tested_at DOUBLE PRECISION,
                created_at DOUBLE PRECISION NOT NULL,
                updated_at DOUBLE PRECISION NOT NULL,
                UNIQUE (user_id, name)
            )
            """,
        ]),
        Migration(version: 6, name: "service runs and backups", statements: [
            """
            CREATE TABLE service_runs (
                instance_id TEXT PRIMARY KEY,
                started_at DOUBLE PRECISION NOT NULL,
                last_seen_at DOUBLE PRECISION NOT NULL
            )
            """,
            "CREATE INDEX service_runs_last_seen ON service_runs (last_seen_at)",
            """
            CREATE TABLE backups (
                taken_at DOUBLE PRECISION NOT NULL,
                location TEXT NOT NULL,
                bytes BIGINT NOT NULL
            )
            """,
            "CREATE INDEX backups_taken_at ON backups (taken_at)",
        ]),
        Migration(version: 7, name: "payments", statements: [
            """
            CREATE TABLE payments (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                plan TEXT NOT NULL,
                amount BIGINT NOT NULL,
                status TEXT NOT NULL,
                payment_request TEXT NOT NULL,
                payment_hash TEXT NOT NULL UNIQUE,
                expires_at DOUBLE PRECISION NOT NULL,
                created_at DOUBLE PRECISION NOT NULL,
                completed_at DOUBLE PRECISION
            )
            """,
            "CREATE INDEX payments_user ON payments (user_id, created_at)",
            "CREATE INDEX payments_status ON payments (status)",
            // Where the node's invoice stream was left: the last settle index processed.
            "CREATE TABLE lightning_cursor (name TEXT PRIMARY KEY, position BIGINT NOT NULL)",
        ]),
    ]
}
