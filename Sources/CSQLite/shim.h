// Debian's libsqlite3-dev, installed by `make build-deps`.
#include <sqlite3.h>
