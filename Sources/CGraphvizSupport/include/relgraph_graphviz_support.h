#ifndef RELGRAPH_GRAPHVIZ_SUPPORT_H
#define RELGRAPH_GRAPHVIZ_SUPPORT_H

#include <graphviz/gvc.h>
#include <stddef.h>

/* Makes Graphviz 2.42's layouts a pure function of their input: the same DOT
 * gives the same bytes whatever the process laid out before. All of these are
 * process-wide and, like Graphviz itself, must only be called under the lock
 * that serialises every Graphviz call. */

/* Object IDs (deterministic_ids.c).
 * cgraph's default ID discipline uses the address of each interned name string
 * as the object's ID, and orders edge sets by those IDs; dot's layout depends on
 * that order where parallel edges run both ways between two nodes (class2's
 * agfindedge), so a picture changed with what the process had allocated before.
 * This replaces the discipline with one that numbers objects per graph in
 * creation order (named: 2, 4, 6 ...; anonymous: 1, 3, 5 ..., the parity
 * cgraph expects). Call once, before any graph exists. */
void relgraph_install_deterministic_ids(void);

/* Object addresses (deterministic_memory.c).
 * fdp compares node pointers (deriveGraph's `if (hd > tl)`), so its layout
 * depended on where malloc put the nodes. This replaces cgraph's memory
 * discipline with one arena per root graph, so the order of addresses within a
 * graph depends only on that graph. Call once, before any graph exists (graphs
 * opened before keep the default discipline and still work). */
void relgraph_install_deterministic_memory(void);

/* Counters of the memory discipline, for tests and diagnostics. */
typedef struct {
    size_t arenas;              /* arenas reserved so far (never released) */
    size_t openGraphs;          /* root graphs currently holding an arena */
    size_t unreservedGraphs;    /* graphs that got no arena (mmap failed): malloc, not deterministic */
    size_t fallbackAllocations; /* allocations served by calloc (no arena, arena full, huge block) */
    size_t foreignFrees;        /* blocks freed through another graph than their own (left alone) */
    size_t mallocFrees;         /* malloc'ed blocks cgraph handed to agfree (passed to free) */
    size_t peakArenaBytes;      /* most of an arena any graph has used */
} RelgraphMemoryStats;
RelgraphMemoryStats relgraph_memory_stats(void);

/* State kept between layouts (layout_state.c).
 * Call relgraph_prepare_layout right before each gvLayout, while the graph to
 * lay out is open. It resets libc's random state (relgraph_reset_random_state:
 * sfdp draws from rand(), and the neato/fdp/sfdp spline router from drand48(),
 * which sfdp never reseeds), and for circo it clears circo's cache of attribute
 * symbols, which is keyed by the root graph's address and so is taken for valid
 * when a new graph lands where the last one was freed (a use-after-free that
 * crashed in agxget). Returns 0, or non-zero if clearing circo's cache failed
 * (then laying out with circo will most likely fail too). */
int relgraph_prepare_layout(GVC_t *gvc, const char *engine);
void relgraph_reset_random_state(void);

#endif
