#pragma once

class ApiRouter;
class KeyStore;

//! `GET /healthz`: the process is up. `GET /readyz`: the store answers.
//! `GET /openapi.yaml`: the API's OpenAPI 3 description, from the source tree.
namespace HealthRoutes {

void install(ApiRouter &router, KeyStore &store);

} // namespace HealthRoutes
