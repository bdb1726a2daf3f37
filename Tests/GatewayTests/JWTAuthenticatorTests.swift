import Crypto
import Domain
import Foundation
import Gateway
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
}
