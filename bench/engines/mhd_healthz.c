/* The smallest GNU libmicrohttpd server that answers GET /healthz like keyward-server's
 * (200, a short JSON body, keep-alive), for bench/engines.sh: the engine's own ceiling on
 * this machine, beside keyward-server's Boost.Beast engine. A thread pool of one thread
 * per core on one epoll listener, limits set as keyward-server sets its own. */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char body[] = "{\"status\":\"ok\"}";

static enum MHD_Result answer(void *cls, struct MHD_Connection *connection, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **state)
{
    (void)cls, (void)version, (void)upload, (void)upload_size, (void)state;
    const int found = strcmp(method, "GET") == 0 && strcmp(url, "/healthz") == 0;
    struct MHD_Response *response = MHD_create_response_from_buffer(
        found ? sizeof body - 1 : 0, (void *)body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(response, "Content-Type", "application/json");
    const enum MHD_Result queued =
        MHD_queue_response(connection, found ? MHD_HTTP_OK : MHD_HTTP_NOT_FOUND, response);
    MHD_destroy_response(response);
    return queued;
}

int main(int argc, char **argv)
{
    const unsigned short port = argc > 1 ? (unsigned short)atoi(argv[1]) : 18423;
    const unsigned int threads = (unsigned int)sysconf(_SC_NPROCESSORS_ONLN);
    struct sockaddr_in loopback;
    memset(&loopback, 0, sizeof loopback);
    loopback.sin_family = AF_INET;
    loopback.sin_port = htons(port);
    loopback.sin_addr.s_addr = htonl(INADDR_LOOPBACK); /* 127.0.0.1 only */
    struct MHD_Daemon *daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, port, NULL, NULL, answer, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&loopback, MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_CONNECTION_LIMIT, 4096u,
        MHD_OPTION_CONNECTION_TIMEOUT, 75u, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
        (size_t)(32 * 1024), MHD_OPTION_END);
    if (!daemon) {
        fprintf(stderr, "cannot listen on port %u\n", port);
        return 1;
    }
    printf("Listening on 127.0.0.1:%u\n", port);
    fflush(stdout);
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigprocmask(SIG_BLOCK, &signals, NULL);
    int received;
    sigwait(&signals, &received);
    MHD_stop_daemon(daemon);
    return 0;
}
