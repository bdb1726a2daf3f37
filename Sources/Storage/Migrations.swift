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
    ]
}
