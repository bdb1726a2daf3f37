import Crypto
import Domain
import Foundation
@testable import Gateway
import JWTKit
import Testing

/// Access tokens: only ours, only HS256, only access tokens, only unexpired.
@Suite("JWT authentication")
struct JWTAuthenticatorTests {
    static let settings = TokenSettings(secret: Array("0123456789abcdef0123456789abcdef".utf8))

    private func isInvalid(_ authentication: Authentication) -> Bool {
        if case .invalid = authentication { true } else { false }
    }

    @Test("a token we issued names its user and role")
    func valid() async throws {
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        let token = try await authenticator.issueAccessToken(userId: "user_1", isAdmin: false)
        guard case .user(let viewer) = await authenticator.authenticate(authorization: "Bearer " + token) else {
            Issue.record("not accepted")
            return
        }
        #expect(viewer == Viewer(userId: "user_1", isAdmin: false))
        let admin = try await authenticator.issueAccessToken(userId: "root", isAdmin: true)
        guard case .user(let adminViewer) = await authenticator.authenticate(authorization: "Bearer " + admin) else {
            Issue.record("admin not accepted")
            return
        }
        #expect(adminViewer.isAdmin)
    }

    @Test("no header is anonymous; a header that is not a bearer token is invalid")
    func headers() async {
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        if case .anonymous = await authenticator.authenticate(authorization: nil) {} else { Issue.record("expected anonymous") }
        #expect(isInvalid(await authenticator.authenticate(authorization: "Basic dXNlcjpwYXNz")))
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer ")))
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer not.a.jwt")))
    }

    @Test("a token signed with another key is refused")
    func otherKey() async throws {
        let forger = await JWTAuthenticator(settings: TokenSettings(secret: Array("another secret of thirty-two byte".utf8)))
        let forged = try await forger.issueAccessToken(userId: "user_1", isAdmin: true)
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + forged)))
    }

    @Test("alg none is refused")
    func algNone() async throws {
        func base64URL(_ text: String) -> String {
            Data(text.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let exp = Int(Date().timeIntervalSince1970) + 3_600
        let token = base64URL(#"{"alg":"none","typ":"JWT"}"#) + "." + base64URL(#"{"sub":"user_1","role":"admin","typ":"access","iss":"axisor","aud":["axisor-api"],"iat":0,"exp":\#(exp)}"#) + "."
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + token)))
    }

    @Test("expired tokens, refresh-typed tokens, other issuers and audiences are refused")
    func claims() async throws {
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        let expired = try await authenticator.issueAccessToken(userId: "u", isAdmin: false, now: Date().addingTimeInterval(-7_200))
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + expired)))

        var otherIssuer = Self.settings
        otherIssuer.issuer = "someone-else"
        let foreign = try await JWTAuthenticator(settings: otherIssuer).issueAccessToken(userId: "u", isAdmin: false)
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + foreign)))

        var otherAudience = Self.settings
        otherAudience.audience = "another-api"
        let elsewhere = try await JWTAuthenticator(settings: otherAudience).issueAccessToken(userId: "u", isAdmin: false)
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + elsewhere)))

        // A refresh-typed token signed with the right key is still not an access token.
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(key: SymmetricKey(data: Self.settings.secret)), digestAlgorithm: .sha256)
        struct RefreshClaims: JWTPayload {
            var sub: SubjectClaim, role: String, typ: String, iss: IssuerClaim, aud: AudienceClaim, iat: IssuedAtClaim, exp: ExpirationClaim
            func verify(using algorithm: some JWTAlgorithm) async throws {}
        }
        let refresh = try await keys.sign(RefreshClaims(
            sub: "u", role: "user", typ: "refresh", iss: "axisor", aud: AudienceClaim(value: ["axisor-api"]),
            iat: IssuedAtClaim(value: Date()), exp: ExpirationClaim(value: Date().addingTimeInterval(600))
        ))
        #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + refresh)))
    }

    @Test("production refuses to start without a secret of real length")
    func configuration() throws {
        #expect(throws: ConfigurationError.self) { try GatewayConfiguration.load(yaml: "server:\n  environment: production\n", environment: [:]) }
        #expect(throws: ConfigurationError.self) { try GatewayConfiguration.load(yaml: nil, environment: ["AXISOR_AUTH_JWT_SECRET": "short"]) }
        let configured = try GatewayConfiguration.load(yaml: nil, environment: ["AXISOR_AUTH_JWT_SECRET": String(repeating: "k", count: 40), "AXISOR_AUTH_ISSUER": "me"])
        #expect(configured.tokens?.issuer == "me")
    }

    @Test("a token that passed is answered again without a check until it expires, then checked in full")
    func verifiedTokensUntilExpiry() async throws {
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        let issued = Date()
        let token = try await authenticator.issueAccessToken(userId: "user_1", isAdmin: true, now: issued)
        // The token's `exp` is in whole seconds: a second past the lifetime it has surely passed.
        let expired = issued.addingTimeInterval(TimeInterval(Self.settings.lifetimeSeconds + 1))
        guard case .user(let first) = await authenticator.authenticate(authorization: "Bearer " + token) else {
            Issue.record("not accepted")
            return
        }
        #expect(authenticator.verified.viewer(for: token, now: Date()) == first)
        guard case .user(let again) = await authenticator.authenticate(authorization: "Bearer " + token) else {
            Issue.record("not accepted again")
            return
        }
        #expect(again == Viewer(userId: "user_1", isAdmin: true))
        #expect(authenticator.verified.count == 1)
        // Past its expiry the token is no longer answered from memory, and is forgotten.
        #expect(authenticator.verified.viewer(for: token, now: expired) == nil)
        #expect(authenticator.verified.count == 0)
    }

    @Test("only tokens that pass every check are kept: a forged or altered token stays refused beside a kept one")
    func verifiedTokensOnlyValid() async throws {
        let authenticator = await JWTAuthenticator(settings: Self.settings)
        let token = try await authenticator.issueAccessToken(userId: "user_1", isAdmin: false)
        _ = await authenticator.authenticate(authorization: "Bearer " + token)
        #expect(authenticator.verified.count == 1)

        let forger = await JWTAuthenticator(settings: TokenSettings(secret: Array("another secret of thirty-two byte".utf8)))
        let forged = try await forger.issueAccessToken(userId: "user_1", isAdmin: true)
        let expired = try await authenticator.issueAccessToken(userId: "user_1", isAdmin: false, now: Date().addingTimeInterval(-7_200))
        // The kept token's claims under another signature, and its signature under other claims.
        let parts = token.split(separator: ".")
        let forgedParts = forged.split(separator: ".")
        let swappedSignature = [parts[0], parts[1], forgedParts[2]].joined(separator: ".")
        let swappedClaims = [parts[0], forgedParts[1], parts[2]].joined(separator: ".")
        for bad in [forged, expired, swappedSignature, swappedClaims, token + "x"] {
            for _ in 0..<2 {
                #expect(isInvalid(await authenticator.authenticate(authorization: "Bearer " + bad)))
            }
        }
        #expect(authenticator.verified.count == 1)
    }

    @Test("the kept tokens stay within their capacity: the expired go first, then all")
    func verifiedTokensCapacity() {
        let tokens = VerifiedTokens(capacity: 3)
        let now = Date()
        let viewer = Viewer(userId: "u", isAdmin: false)
        tokens.remember("a", names: viewer, expires: now.addingTimeInterval(1), now: now)
        tokens.remember("b", names: viewer, expires: now.addingTimeInterval(60), now: now)
        tokens.remember("c", names: viewer, expires: now.addingTimeInterval(60), now: now)
        // Full, with "a" expired by then: "a" makes room.
        let later = now.addingTimeInterval(2)
        tokens.remember("d", names: viewer, expires: now.addingTimeInterval(60), now: later)
        #expect(tokens.count == 3)
        #expect(tokens.viewer(for: "a", now: later) == nil)
        #expect(tokens.viewer(for: "b", now: later) == viewer)
        // Full, none expired: everything goes, the new one stays.
        tokens.remember("e", names: viewer, expires: now.addingTimeInterval(60), now: later)
        #expect(tokens.count == 1)
        #expect(tokens.viewer(for: "e", now: later) == viewer)
        // A token already expired is not kept at all; one already kept is replaced, not added.
        tokens.remember("f", names: viewer, expires: now, now: later)
        tokens.remember("e", names: Viewer(userId: "v", isAdmin: true), expires: now.addingTimeInterval(60), now: later)
        #expect(tokens.count == 1)
        #expect(tokens.viewer(for: "e", now: later) == Viewer(userId: "v", isAdmin: true))
    }
}
