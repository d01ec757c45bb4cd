#pragma once

class KeyStore;
class QHttpServer;

//! `GET /healthz`: the process is up. `GET /readyz`: the store answers.
namespace HealthRoutes {

void install(QHttpServer &server, KeyStore &store);

} // namespace HealthRoutes
