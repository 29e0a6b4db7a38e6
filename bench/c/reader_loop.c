/*
 * The limit: libxml2's xmlTextReader looping over a document held in memory,
 * touching every node's name and value (attributes included), and nothing
 * else. No objects are built, so this is what any libxml2-based reader can
 * at best approach.
 *
 * Usage: reader_loop FILE [WARMUP] [RUNS] [sax|reader] [REPEAT]
 *
 * The file is read into memory once; then WARMUP + RUNS iterations each parse
 * it with xmlReaderForMemory (REPEAT times in a row, default once, each time
 * as a new document with a new parser: for the per-call benchmarks, which
 * compare with the time libxml2 takes to read the same N small documents).
 * With "sax" as fourth argument the loop uses
 * libxml2's SAX2 push parser instead (xmlCreatePushParserCtxt, fed in 256 KiB
 * slices), touching the same names, attribute values and
 * text: the interface the SDK's addon is built on, shown for information.
 * Prints one JSON line on stdout:
 *   {"times":[ms...], "cpuMs":[ms...], "peakRssKb":..., "baselineRssKb":..., ...}
 * "times" (wall) and "cpuMs" (process CPU time) hold the measured runs only. Peak RSS is getrusage's ru_maxrss at
 * the end; the baseline is the resident set (from /proc/self/statm) after the
 * file has been read, before the first parse, so "peak - baseline" is what
 * parsing needed above holding the bytes, the same measure the Node workers
 * report.
 *
 * Built by bench/cloop.js with: cc -O2 reader_loop.c $(pkg-config --cflags --libs libxml-2.0)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long rss_kb(void) {
  long pages = 0, resident = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (f == NULL) return -1;
  if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = -1;
  fclose(f);
  return resident < 0 ? -1 : resident * (sysconf(_SC_PAGESIZE) / 1024);
}

/* Touch each name and value: strlen reads every byte once (as copying it
   out would), and the hash keeps the compiler from dropping the calls. */
static unsigned long touch(const xmlChar *s, unsigned long h) {
  if (s == NULL) return h;
  size_t n = strlen((const char *)s);
  return h * 31 + n + (n ? s[0] : 0);
}

static unsigned long parse_once(const char *buf, int size, long *nodes) {
  xmlTextReaderPtr r = xmlReaderForMemory(buf, size, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  if (r == NULL) {
    fprintf(stderr, "xmlReaderForMemory failed\n");
    exit(2);
  }
  unsigned long h = 0;
  long n = 0;
  int ret;
  while ((ret = xmlTextReaderRead(r)) == 1) {
    n++;
    h = touch(xmlTextReaderConstName(r), h);
    if (xmlTextReaderHasValue(r)) h = touch(xmlTextReaderConstValue(r), h);
    if (xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT && xmlTextReaderHasAttributes(r)) {
      while (xmlTextReaderMoveToNextAttribute(r) == 1) {
        n++;
        h = touch(xmlTextReaderConstName(r), h);
        h = touch(xmlTextReaderConstValue(r), h);
      }
      xmlTextReaderMoveToElement(r);
    }
  }
  xmlFreeTextReader(r);
  if (ret != 0) {
    fprintf(stderr, "parse error\n");
    exit(3);
  }
  *nodes = n;
  return h;
}

/* SAX2 variant: the same touching, from callbacks. */
typedef struct {
  unsigned long h;
  long n;
} SaxState;

static void sax_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI, int nb_namespaces,
                      const xmlChar **namespaces, int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
  (void)prefix, (void)URI, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
  SaxState *st = ctx;
  st->n++;
  st->h = touch(localname, st->h);
  for (int i = 0; i < nb_attributes; i++) {
    const xmlChar **a = attributes + 5 * i; /* localname, prefix, URI, value, end */
    st->n++;
    st->h = touch(a[0], st->h);
    st->h = st->h * 31 + (unsigned long)(a[4] - a[3]) + (a[4] > a[3] ? a[3][0] : 0);
  }
}

static void sax_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *URI) {
  (void)prefix, (void)URI;
  SaxState *st = ctx;
  st->n++;
  st->h = touch(localname, st->h);
}

static void sax_chars(void *ctx, const xmlChar *ch, int len) {
  SaxState *st = ctx;
  st->n++;
  st->h = st->h * 31 + (unsigned long)len + (len ? ch[0] : 0);
}

static unsigned long parse_once_sax(const char *buf, int size, long *nodes) {
  xmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = sax_start;
  sax.endElementNs = sax_end;
  sax.characters = sax_chars;
  SaxState st = {0, 0};
  xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, &st, NULL, 0, NULL);
  if (ctxt == NULL) {
    fprintf(stderr, "xmlCreatePushParserCtxt failed\n");
    exit(2);
  }
  xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  /* fed in 256 KiB slices, as the SDK's addon does (one huge chunk is refused
     without XML_PARSE_HUGE) */
  int err = 0;
  for (int off = 0; off < size && err == 0;) {
    int n = size - off < 262144 ? size - off : 262144;
    err = xmlParseChunk(ctxt, buf + off, n, off + n == size);
    off += n;
  }
  int wellFormed = ctxt->wellFormed;
  xmlFreeParserCtxt(ctxt);
  if (err != 0 || !wellFormed) {
    fprintf(stderr, "parse error\n");
    exit(3);
  }
  *nodes = st.n;
  return st.h;
}

/* A whole decimal number of at least `min`, into *out; 0 when `s` is not one. */
static int count_arg(const char *s, long min, long *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno != 0 || end == s || *end != '\0' || v < min || v > 1000000000L) return 0;
  *out = v;
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE [WARMUP] [RUNS] [sax|reader] [REPEAT]\n", argv[0]);
    return 1;
  }
  long warmup = 1, runs = 5, repeat = 1;
  int sax = 0;
  if ((argc > 2 && !count_arg(argv[2], 0, &warmup)) || (argc > 3 && !count_arg(argv[3], 1, &runs)) ||
      (argc > 5 && !count_arg(argv[5], 1, &repeat))) {
    fprintf(stderr, "usage: %s FILE [WARMUP] [RUNS] [sax|reader] [REPEAT]: WARMUP a count, RUNS and REPEAT counts of at least 1\n", argv[0]);
    return 1;
  }
  if (argc > 4) {
    if (strcmp(argv[4], "sax") == 0) sax = 1;
    else if (strcmp(argv[4], "reader") != 0) {
      fprintf(stderr, "%s: '%s' is neither sax nor reader\n", argv[0], argv[4]);
      return 1;
    }
  }
  FILE *f = fopen(argv[1], "rb");
  if (f == NULL) {
    perror(argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc(size > 0 ? size : 1);
  if (buf == NULL || fread(buf, 1, size, f) != (size_t)size) {
    fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  fclose(f);
  xmlInitParser();
  long baseline = rss_kb();

  unsigned long check = 0;
  long nodes = 0;
  double *times = calloc(runs > 0 ? runs : 1, sizeof(double));
  double *cpus = calloc(runs > 0 ? runs : 1, sizeof(double));
  for (int i = 0; i < warmup + runs; i++) {
    double c0 = cpu_ms();
    double t0 = now_ms();
    for (int k = 0; k < repeat; k++) {
      check += sax ? parse_once_sax(buf, (int)size, &nodes) : parse_once(buf, (int)size, &nodes);
    }
    double t = now_ms() - t0;
    double c = cpu_ms() - c0;
    if (i >= warmup) {
      times[i - warmup] = t;
      cpus[i - warmup] = c;
    }
  }
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);

  printf("{\"times\":[");
  for (int i = 0; i < runs; i++) printf("%s%.3f", i ? "," : "", times[i]);
  printf("],\"cpuMs\":[");
  for (int i = 0; i < runs; i++) printf("%s%.3f", i ? "," : "", cpus[i]);
  printf("],\"peakRssKb\":%ld,\"baselineRssKb\":%ld,\"nodes\":%ld,\"bytes\":%ld,\"checksum\":%lu,\"libxml\":\"%s\",\"api\":\"%s\",\"repeat\":%ld}\n",
         ru.ru_maxrss, baseline, nodes, size, check, xmlParserVersion, sax ? "sax2-push" : "xmlTextReader", repeat);
  free(times);
  free(cpus);
  free(buf);
  xmlCleanupParser();
  return 0;
}
