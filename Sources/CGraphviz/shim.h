#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Swift 6 rejects C globals such as Agdirected as not concurrency-safe;
   these accessors hand out copies instead. */
static inline Agdesc_t relgraph_agdirected(void) { return Agdirected; }
static inline Agdesc_t relgraph_agundirected(void) { return Agundirected; }

#endif
