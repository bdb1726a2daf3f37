import Crypto
import Domain
import Foundation
import JWTKit

/// Checks `Authorization: Bearer <JWT>` access tokens with jwt-kit: HS256 only (a token naming
/// any other algorithm, `none` included, finds no key and fails), our issuer and audience, the
/// `access` type, and the expiry. A token that passed is not checked again until it expires
/// (`VerifiedTokens`).
public struct JWTAuthenticator: Authenticator {
    private let keys: JWTKeyCollection
    let settings: TokenSettings
    let verified = VerifiedTokens()

    public init(settings: TokenSettings) async {
        self.settings = settings
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(key: SymmetricKey(data: settings.secret)), digestAlgorithm: .sha256)
        self.keys = keys
    }

    public func authenticate(authorization: String?) async -> Authentication {
        guard let authorization else { return .anonymous }
        guard authorization.hasPrefix("Bearer "), case let token = String(authorization.dropFirst(7)), !token.isEmpty else {
            return .invalid(reason: "expected \"Bearer <token>\"")
        }
        let now = Date()
        if let viewer = verified.viewer(for: token, now: now) { return .user(viewer) }
        let claims: AccessTokenClaims
        do {
            claims = try await keys.verify(token, as: AccessTokenClaims.self)
        } catch let error as JWTError {
            return .invalid(reason: Self.reason(error))
        } catch {
            return .invalid(reason: "malformed token")
        }
        guard claims.iss.value == settings.issuer else { return .invalid(reason: "issued by someone else") }
        guard claims.aud.value.contains(settings.audience) else { return .invalid(reason: "meant for another audience") }
        let viewer = Viewer(userId: claims.sub.value, isAdmin: claims.role == "admin")
        verified.remember(token, names: viewer, expires: claims.exp.value, now: now)
        return .user(viewer)
    }

    /// A short reason for the envelope, without echoing the token.
    private static func reason(_ error: JWTError) -> String {
        switch error.errorType {
        case .claimVerificationFailure: error.reason ?? "a claim does not hold"
        case .signatureVerificationFailed: "bad signature"
        case .unknownKID: "unknown key"
        default: "malformed or unsigned token"
        }
    }

    /// A signed access token for a user, as the login and refresh routes hand out.
    public func issueAccessToken(userId: String, isAdmin: Bool, now: Date = Date()) async throws -> String {
        let claims = AccessTokenClaims(
            sub: SubjectClaim(value: userId), role: isAdmin ? "admin" : "user", typ: AccessTokenClaims.accessType,
            iss: IssuerClaim(value: settings.issuer), aud: AudienceClaim(value: [settings.audience]),
            iat: IssuedAtClaim(value: now), exp: ExpirationClaim(value: now.addingTimeInterval(TimeInterval(settings.lifetimeSeconds)))
        )
        return try await keys.sign(claims)
    }
}

extension JWTAuthenticator: AccessTokenIssuer {
    public func accessToken(for user: User) async throws -> (token: String, expiresIn: Int) {
        (try await issueAccessToken(userId: user.id, isAdmin: user.isAdmin), settings.lifetimeSeconds)
    }
}
