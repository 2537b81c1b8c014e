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

// An ID discipline of our own. cgraph's default uses the address of each interned name
// as the object's ID, and dot orders clusters by ID, so the same graph laid out twice in
// one process came out differently (Graphviz issue 1614). Here names get IDs in creation
// order (even numbers; cgraph's anonymous objects keep the default's odd ones), and the
// names live in a table owned by the graph and freed when it closes. (Declining to map
// names makes cgraph keep them in its internal map, which agclose never frees.)
typedef struct {
    char **names;       // names[k] has ID 2k + 2
    int *types;         // object type of names[k]
    size_t count, capacity;
    size_t *slots;      // open-addressing hash of (type, name) -> k + 1; 0 = empty
    size_t slotCount;   // power of two
} piagraph_ids;

static inline size_t piagraph_hash(int objtype, const char *str) {
    size_t h = 1469598103934665603ULL ^ (size_t)objtype;
    for (const unsigned char *p = (const unsigned char *)str; *p; p++) h = (h ^ *p) * 1099511628211ULL;
    return h;
}

static inline void *piagraph_ids_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    piagraph_ids *ids = (piagraph_ids *)calloc(1, sizeof(piagraph_ids));
    if (!ids) return NULL;
    ids->slotCount = 256;
    ids->slots = (size_t *)calloc(ids->slotCount, sizeof(size_t));
    if (!ids->slots) { free(ids); return NULL; }
    return ids;
}

static inline int piagraph_ids_grow(piagraph_ids *ids) {
    size_t newCount = ids->slotCount * 2;
    size_t *slots = (size_t *)calloc(newCount, sizeof(size_t));
    if (!slots) return 0;
    for (size_t k = 0; k < ids->count; k++) {
        size_t i = piagraph_hash(ids->types[k], ids->names[k]) & (newCount - 1);
        while (slots[i]) i = (i + 1) & (newCount - 1);
        slots[i] = k + 1;
    }
    free(ids->slots);
    ids->slots = slots;
    ids->slotCount = newCount;
    return 1;
}

static inline long piagraph_ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    static IDTYPE anonymous = 1;
    piagraph_ids *ids = (piagraph_ids *)state;
    if (!ids) return 0;      // the table could not be allocated: no ID
    if (!str) {              // anonymous objects: odd IDs in creation order
        *id = anonymous;
        anonymous += 2;
        return 1;
    }
    size_t i = piagraph_hash(objtype, str) & (ids->slotCount - 1);
    while (ids->slots[i]) {
        size_t k = ids->slots[i] - 1;
        if (ids->types[k] == objtype && strcmp(ids->names[k], str) == 0) {
            *id = (IDTYPE)(2 * k + 2);
            return 1;
        }
        i = (i + 1) & (ids->slotCount - 1);
    }
    if (!createflag) return 0;
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? ids->capacity * 2 : 64;
        char **names = (char **)realloc(ids->names, capacity * sizeof(char *));
        if (!names) return 0;
        ids->names = names;
        int *types = (int *)realloc(ids->types, capacity * sizeof(int));
        if (!types) return 0;
        ids->types = types;
        ids->capacity = capacity;
    }
    char *copy = strdup(str);
    if (!copy) return 0;
    size_t k = ids->count++;
    ids->names[k] = copy;
    ids->types[k] = objtype;
    ids->slots[i] = k + 1;
    if (ids->count * 2 > ids->slotCount && !piagraph_ids_grow(ids)) return 0;
    *id = (IDTYPE)(2 * k + 2);
    return 1;
}

static inline long piagraph_ids_alloc(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;
    return 1;
}

static inline void piagraph_ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;  // names are freed with the graph
}

static inline char *piagraph_ids_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    piagraph_ids *ids = (piagraph_ids *)state;
    if (!ids || id % 2 == 1 || id < 2) return NULL;
    size_t k = (size_t)(id - 2) / 2;
    return k < ids->count ? ids->names[k] : NULL;
}

static inline void piagraph_ids_close(void *state) {
    piagraph_ids *ids = (piagraph_ids *)state;
    if (!ids) return;
    for (size_t k = 0; k < ids->count; k++) free(ids->names[k]);
    free(ids->names);
    free(ids->types);
    free(ids->slots);
    free(ids);
}

static inline void piagraph_ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

// Parses DOT text with the creation-order ID discipline above. The disciplines are static because
// cgraph keeps pointers to them for the graph's lifetime; callers serialize all calls.
static inline Agraph_t *piagraph_read_graph(const char *data, size_t length) {
    static Agiddisc_t iddisc;
    static Agiodisc_t iodisc;
    static Agdisc_t disc;
    iddisc.open = piagraph_ids_open;
    iddisc.map = piagraph_ids_map;
    iddisc.alloc = piagraph_ids_alloc;
    iddisc.free = piagraph_ids_free;
    iddisc.print = piagraph_ids_print;
    iddisc.close = piagraph_ids_close;
    iddisc.idregister = piagraph_ids_register;
    iodisc = AgIoDisc;
    iodisc.afread = piagraph_read;
    disc.mem = &AgMemDisc;
    disc.id = &iddisc;
    disc.io = &iodisc;
    piagraph_reader reader = { data, length, 0 };
    return agread(&reader, &disc);
}

// Errors go to cgraph's buffer instead of stderr (agseterrf corrupts long messages in 2.42).
// Shown, Graphviz prints its warnings and errors on stderr itself (`render --verbose`).
static inline void piagraph_capture_errors(void) { agseterr(AGMAX); }
static inline void piagraph_show_messages(void) { agseterr(AGWARN); }
static inline void piagraph_reset_errors(void) { agreseterrors(); }
static inline int piagraph_had_error(void) { return agerrors() >= AGERR; }
// The last captured message, malloc'ed (free it), or NULL.
static inline char *piagraph_last_error(void) { return aglasterr(); }

#endif
