/*
 * A user-space delay line for tests, for kernels without sch_netem: iptables hands packets to
 * NFQUEUE <queue>; this program holds each one for <delay> ms ± <jitter> ms (uniform), then lets
 * it through (NF_ACCEPT). Order is kept: a packet is never released before the one queued ahead
 * of it (a real link delays, it does not shuffle), so jitter never reorders TCP segments.
 *
 * Usage: nfq-delay <queue> <delay_ms> <jitter_ms> <max_seconds>
 * Prints READY once bound. Exits on SIGTERM/SIGINT or after <max_seconds> (a bound, so a test that
 * dies cannot leave it running forever), releasing every held packet first.
 * Build: gcc -O2 -o nfq-delay nfq-delay.c -lnetfilter_queue   (Debian: libnetfilter-queue-dev)
 */
#include <arpa/inet.h>
#include <errno.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <linux/netfilter.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* Packets held at once; when full, a packet passes undelayed rather than being dropped. */
#define HELD_MAX 8192

struct held {
  uint32_t id;
  double release_ms;
};

static struct held ring[HELD_MAX];
static size_t head, count;
static double delay_ms, jitter_ms, last_release_ms;
static struct nfq_q_handle *queue;
static volatile sig_atomic_t stopping;

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Called by libnetfilter_queue for each packet: note its id and when it may go. */
static int on_packet(struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data) {
  (void)msg;
  (void)data;
  struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
  if (!ph) return 0;
  uint32_t id = ntohl(ph->packet_id);
  if (count == HELD_MAX) return nfq_set_verdict(qh, id, NF_ACCEPT, 0, NULL);
  double offset = jitter_ms * (2.0 * rand() / (double)RAND_MAX - 1.0);
  double release = now_ms() + delay_ms + offset;
  if (release < last_release_ms) release = last_release_ms; /* keep the order */
  last_release_ms = release;
  ring[(head + count) % HELD_MAX] = (struct held){id, release};
  count++;
  return 0;
}

/* Release every held packet due by `until` (all of them when until is infinite). */
static void release_due(double until) {
  while (count > 0 && ring[head].release_ms <= until) {
    nfq_set_verdict(queue, ring[head].id, NF_ACCEPT, 0, NULL);
    head = (head + 1) % HELD_MAX;
    count--;
  }
}

static void on_signal(int sig) {
  (void)sig;
  stopping = 1;
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s <queue> <delay_ms> <jitter_ms> <max_seconds>\n", argv[0]);
    return 2;
  }
  int queue_num = atoi(argv[1]);
  delay_ms = atof(argv[2]);
  jitter_ms = atof(argv[3]);
  double deadline = now_ms() + atof(argv[4]) * 1000.0;
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  signal(SIGTERM, on_signal);
  signal(SIGINT, on_signal);

  struct nfq_handle *h = nfq_open();
  if (!h) return perror("nfq_open"), 1;
  queue = nfq_create_queue(h, (uint16_t)queue_num, &on_packet, NULL);
  if (!queue) return perror("nfq_create_queue"), 1;
  /* Headers only: the verdict does not need the payload. */
  if (nfq_set_mode(queue, NFQNL_COPY_META, 0) < 0) return perror("nfq_set_mode"), 1;
  nfq_set_queue_maxlen(queue, HELD_MAX);
  int fd = nfq_fd(h);
  printf("READY\n");
  fflush(stdout);

  char buf[65536];
  while (!stopping && now_ms() < deadline) {
    double wait = count > 0 ? ring[head].release_ms - now_ms() : 100;
    if (wait < 0) wait = 0;
    if (wait > 100) wait = 100; /* wake now and then to see the signal and the deadline */
    struct pollfd p = {fd, POLLIN, 0};
    int ready = poll(&p, 1, (int)wait);
    if (ready > 0) {
      /* Drain what arrived without blocking, so a burst is stamped on arrival. */
      for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n <= 0) break;
        nfq_handle_packet(h, buf, (int)n);
      }
    } else if (ready < 0 && errno != EINTR) {
      break;
    }
    release_due(now_ms());
  }
  release_due(1e300);
  nfq_destroy_queue(queue);
  nfq_close(h);
  return 0;
}
