#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects C globals such as Agdirected as not concurrency-safe;
   these accessors hand out copies instead. */
static inline Agdesc_t relgraph_agdirected(void) { return Agdirected; }
static inline Agdesc_t relgraph_agundirected(void) { return Agundirected; }

/* aghead and agtail are macros, which Swift does not import. */
static inline Agnode_t *relgraph_aghead(Agedge_t *e) { return aghead(e); }
static inline Agnode_t *relgraph_agtail(Agedge_t *e) { return agtail(e); }

/* Creation order of a node or edge (AGSEQ is a macro over a bit field). */
static inline unsigned long relgraph_agseq(void *obj) { return (unsigned long)AGSEQ(obj); }

#endif
