#pragma once

class ApiRouter;
class ThreadVerifiers;

//! `GET /healthz`: the process is up. `GET /readyz`: the store answers a read (on the
//! calling thread's own connection, so it never waits for management work).
//! `GET /openapi.yaml`: the API's OpenAPI 3 description, from the source tree.
namespace HealthRoutes {

void install(ApiRouter &router, ThreadVerifiers &verifiers);

} // namespace HealthRoutes
