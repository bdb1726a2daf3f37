import JWTKit

/// What an access token says: who (`sub`), their role, and the checks that make it usable here —
/// our issuer, our audience, the `access` type, not expired.
struct AccessTokenClaims: JWTPayload {
    var sub: SubjectClaim
    var role: String
    var typ: String
    var iss: IssuerClaim
    var aud: AudienceClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    static let accessType = "access"


    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        guard typ == Self.accessType else {
            throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "not an access token")
        }
    }
}
