#include "relgraph_graphviz_support.h"

#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Per-graph state: the names seen so far, and an open-addressing index. */
typedef struct {
    Agraph_t *graph;    /* the root graph, whose string dictionary owns the names */
    char **names;       /* names[k] has ID 2 * (k + 1) */
    size_t count, capacity;
    size_t *slots;      /* 0 = empty, else k + 1 */
    size_t slotCount;   /* a power of two */
    IDTYPE nextAnonymous;
} NameTable;

static size_t hash_name(const char *name) {
    size_t hash = (size_t)1469598103934665603ULL;   /* FNV-1a */
    while (*name) {
        hash ^= (unsigned char)*name++;
        hash *= (size_t)1099511628211ULL;
    }
    return hash;
}

static int grow_slots(NameTable *table) {
    size_t count = table->slotCount ? table->slotCount * 2 : 64;
    size_t *slots = calloc(count, sizeof *slots);
    if (!slots) return 0;
    for (size_t k = 0; k < table->count; k++) {
        size_t i = hash_name(table->names[k]) & (count - 1);
        while (slots[i]) i = (i + 1) & (count - 1);
        slots[i] = k + 1;
    }
    free(table->slots);
    table->slots = slots;
    table->slotCount = count;
    return 1;
}

static void *ids_open(Agraph_t *graph, Agdisc_t *disc) {
    (void)disc;
    NameTable *table = calloc(1, sizeof *table);
    if (!table) return NULL;
    table->graph = graph;
    table->nextAnonymous = 1;
    if (!grow_slots(table)) { free(table); return NULL; }
    return table;
}

static long ids_map(void *state, int objtype, char *name, IDTYPE *id, int create) {
    NameTable *table = state;
    (void)objtype;
    if (!name) {
        *id = table->nextAnonymous;
        table->nextAnonymous += 2;
        return 1;
    }
    size_t i = hash_name(name) & (table->slotCount - 1);
    while (table->slots[i]) {
        size_t k = table->slots[i] - 1;
        if (strcmp(table->names[k], name) == 0) {
            *id = 2 * (IDTYPE)(k + 1);
            return 1;
        }
        i = (i + 1) & (table->slotCount - 1);
    }
    if (!create) {
        *id = 0;
        return 1;
    }
    if (table->count == table->capacity) {
        size_t capacity = table->capacity ? table->capacity * 2 : 64;
        char **names = realloc(table->names, capacity * sizeof *names);
        if (!names) return 0;
        table->names = names;
        table->capacity = capacity;
    }
    /* A reference-counted string of the graph's dictionary, as cgraph's own
       discipline makes: writers (agwrite, -Tdot) call aghtmlstr() on a name,
       which reads the header cgraph keeps before such a string. A plain
       strdup() copy has none, so they read malloc's bookkeeping and printed a
       name as <relgraph> or "relgraph" at random. */
    char *copy = agstrdup(table->graph, name);
    if (!copy) return 0;
    table->names[table->count++] = copy;
    table->slots[i] = table->count;
    *id = 2 * (IDTYPE)table->count;
    if (table->count * 2 > table->slotCount && !grow_slots(table)) return 0;
    return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;   /* like cgraph's default: no caller-chosen IDs */
}

static void ids_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;   /* names live until the graph closes */
}

static char *ids_print(void *state, int objtype, IDTYPE id) {
    NameTable *table = state;
    (void)objtype;
    if (id != 0 && id % 2 == 0 && id / 2 <= table->count) return table->names[id / 2 - 1];
    return NULL;
}

static void ids_close(void *state) {
    NameTable *table = state;
    /* The names belong to the graph's string dictionary, closed after this. */
    free(table->names);
    free(table->slots);
    free(table);
}

static void ids_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

void relgraph_install_deterministic_ids(void) {
    static Agiddisc_t deterministic = {
        ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register,
    };
    /* AgIdDisc is public and writable; replacing it covers agmemread and the
       helper graphs layout engines open internally. */
    AgIdDisc = deterministic;
}
