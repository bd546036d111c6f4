/* State that Graphviz 2.42 keeps between layouts, reset before each one, so
 * that a layout depends only on its graph and not on what was laid out before.
 */
#define _GNU_SOURCE   /* seed48 (XSI) under a strict -std */
#include "relgraph_graphviz_support.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

/* Puts libc's pseudo-random generators back into the state a fresh process
 * starts with. Why both, measured on Graphviz 2.42:
 *  - rand(): sfdp's spring-electrical embedding and several neato/fdp helpers
 *    draw from it, and nothing reseeds it between layouts.
 *  - drand48(): the neato/fdp/sfdp spline router turns every ELLIPTIC node into
 *    an 8-sided obstacle rotated by drand48() * 0.01 (makeObstacle in
 *    lib/neatogen/neatosplines.c). neato and fdp reseed drand48 from their
 *    `start` attribute, sfdp never does, so with splines=true sfdp's edges moved
 *    by ~0.01 pt with how many obstacles earlier layouts had drawn.
 */
void relgraph_reset_random_state(void) {
    /* glibc's rand() and random() share one state; a fresh process starts as
       if srand(1) had been called. */
    srand(1);
    /* drand48()'s state is separate. A fresh process starts with X = 0 and the
       standard multiplier and addend, which only seed48 restores (srand48
       always sets the low 16 bits of X to 0x330E). */
    unsigned short fresh[3] = {0, 0, 0};
    seed48(fresh);
}

/* circo caches, in statics, the attribute symbols ("mindist", "root",
 * "articulation_pos") of the last root graph it laid out, and looks them up
 * again only when the root graph's ADDRESS changes (initGraphAttrs in
 * lib/circogen/circular.c: `if (rg != rootg)`). A new graph that lands where
 * the previous one was freed -- malloc reuses the block, and so do the arenas
 * of deterministic_memory.c -- is taken for the old one, and circo reads its
 * `mindist` through a symbol of a graph that no longer exists: wrong values,
 * or a segmentation fault in agxget() once that memory has been reused.
 *
 * The remedy: before each circo layout, lay out a small decoy graph with circo.
 * The decoy is opened once and never closed, so no other graph can ever have
 * its address: laying it out always makes circo look its symbols up afresh,
 * and leaves the cache pointing at the decoy, which is not the graph about to
 * be laid out either, so circo looks that graph's symbols up too. (A decoy
 * opened and closed each time would itself land on freed addresses.) */
static Agraph_t *circoDecoy;

static int forget_circo_graph(GVC_t *gvc) {
    if (!circoDecoy) {
        Agraph_t *graph = agopen("relgraph_circo_decoy", Agundirected, NULL);
        if (!graph) return -1;
        Agnode_t *a = agnode(graph, "a", 1), *b = agnode(graph, "b", 1);
        if (!a || !b || !agedge(graph, a, b, NULL, 1)) {
            agclose(graph);
            return -1;
        }
        circoDecoy = graph;
    }
    int status = gvLayout(gvc, circoDecoy, "circo");
    if (status == 0) gvFreeLayout(gvc, circoDecoy);
    return status;
}

int relgraph_prepare_layout(GVC_t *gvc, const char *engine) {
    int status = 0;
    if (gvc && engine && strcmp(engine, "circo") == 0) status = forget_circo_graph(gvc);
    relgraph_reset_random_state();
    return status;
}
