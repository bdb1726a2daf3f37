/// The schema's history, oldest first. Never edit an applied migration: add the next one.
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
    ]
}
