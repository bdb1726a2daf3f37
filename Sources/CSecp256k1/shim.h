// Debian's libsecp256k1-dev, with its recovery module (BOLT11 signatures are recoverable).
#include <secp256k1.h>
#include <secp256k1_recovery.h>
