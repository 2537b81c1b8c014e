// The only C piagraph compiles: small helpers over Graphviz 2.42's libgvc/libcgraph that
// Swift cannot express (function-pointer disciplines, globals Swift 6 rejects as not
// concurrency-safe). Wrapped by Sources/PiagraphRender/Graphviz.swift; nothing else uses it.
#ifndef PIAGRAPH_CGRAPHVIZ_SHIM_H
#define PIAGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *data;
    size_t length;
    size_t offset;
} piagraph_reader;

// Agiodisc_t.afread: one line at a time from memory, as cgraph's own memory reader does.
static inline int piagraph_read(void *chan, char *buf, int bufsize) {
    piagraph_reader *reader = (piagraph_reader *)chan;
    if (bufsize <= 0 || reader->offset >= reader->length) return 0;
    int n = 0;
    char c;
    do {
        c = reader->data[reader->offset++];
        buf[n++] = c;
    } while (c != '\n' && n < bufsize && reader->offset < reader->length);
    return n;
}

// Agiddisc_t.map: names are not mapped to their interned address (the default), so cgraph
// gives every object the next counter value: IDs follow creation order, and dot, which
// orders clusters by ID, lays out the same graph the same way on every call (Graphviz
// issue 1614). cgraph keeps the names in its internal map.
static inline long piagraph_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    if (str) return 0;
    return AgIdDisc.map(state, objtype, str, id, createflag);
}

// Parses DOT text with the creation-order ID discipline. The disciplines are static because
// cgraph keeps pointers to them for the graph's lifetime; callers serialize all calls.
static inline Agraph_t *piagraph_read_graph(const char *data, size_t length) {
    static Agiddisc_t iddisc;
    static Agiodisc_t iodisc;
    static Agdisc_t disc;
    iddisc = AgIdDisc;
    iddisc.map = piagraph_map;
    iodisc = AgIoDisc;
    iodisc.afread = piagraph_read;
    disc.mem = &AgMemDisc;
    disc.id = &iddisc;
    disc.io = &iodisc;
    piagraph_reader reader = { data, length, 0 };
    return agread(&reader, &disc);
}

// Errors go to cgraph's buffer instead of stderr (agseterrf corrupts long messages in 2.42).
static inline void piagraph_capture_errors(void) { agseterr(AGMAX); }
static inline void piagraph_reset_errors(void) { agreseterrors(); }
static inline int piagraph_had_error(void) { return agerrors() >= AGERR; }
// The last captured message, malloc'ed (free it), or NULL.
static inline char *piagraph_last_error(void) { return aglasterr(); }

#endif
