#pragma once

class ApiRouter;
class StoreReadiness;

//! `GET /healthz`: the process is up. `GET /readyz`: the store answered the last read of
//! StoreReadiness, which is told at once: the probe never waits for the store.
//! `GET /openapi.yaml`: the API's OpenAPI 3 description, from the source tree.
namespace HealthRoutes {

void install(ApiRouter &router, const StoreReadiness &readiness);

} // namespace HealthRoutes
